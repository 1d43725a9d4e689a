// What a partner share or a FHIR export may include: the everyday parts, and the private
// ones that stay out unless chosen (docs/export-format.md and docs/fhir.md list every field).
import type { Includes } from '../../bindings/Includes';
import { t } from '../../shared/i18n';

/** Private by default, field by field. */
export function shareDefaults(): Includes {
  return { pain: true, activities: true, warning_signs: false, intimacy_details: false, notes: false, check_ins: true, alerts: false, region_details: false, experiments: false };
}

// [choice, what it is, exactly which fields it covers]
export const includeLabels: [keyof Includes, string, string][] = [
  ['pain', t('sharing-include-pain'), t('sharing-include-pain-detail')],
  ['activities', t('sharing-include-activities'), t('sharing-include-activities-detail')],
  ['check_ins', t('sharing-include-check-ins'), t('sharing-include-check-ins-detail')],
];
export const privateLabels: [keyof Includes, string, string][] = [
  ['warning_signs', t('sharing-include-warning-signs'), t('sharing-include-warning-signs-detail')],
  ['region_details', t('sharing-include-region-details'), t('sharing-include-region-details-detail')],
  ['alerts', t('sharing-include-alerts'), t('sharing-include-alerts-detail')],
  ['intimacy_details', t('sharing-include-intimacy'), t('sharing-include-intimacy-detail')],
  ['notes', t('sharing-include-notes'), t('sharing-include-notes-detail')],
];
/** Partner shares only (a FHIR export and the report have their own): the private parts and
 *  the n-of-1 experiments, off unless chosen. */
export const partnerLabels: [keyof Includes, string, string][] = [
  ...privateLabels,
  ['experiments', t('sharing-include-experiments'), t('sharing-include-experiments-detail')],
];
export const leftOutNames: Record<string, string> = {
  experiments: t('sharing-left-out-experiments'),
  warning_signs: t('sharing-left-out-warning-signs'),
  alerts: t('sharing-left-out-alerts'),
  region_details: t('sharing-left-out-region-details'),
  intimacy_details: t('sharing-left-out-intimacy'),
  notes: t('sharing-left-out-notes'),
};
