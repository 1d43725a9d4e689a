// Every user-facing name of a journal value, in one place (translations start here).
import type { ActivityKind } from '../bindings/ActivityKind';
import type { AgeBand } from '../bindings/AgeBand';
import type { Condition } from '../bindings/Condition';
import type { MovementProfile } from '../bindings/MovementProfile';
import type { Onset } from '../bindings/Onset';
import type { PainQuality } from '../bindings/PainQuality';
import type { PartnerRole } from '../bindings/PartnerRole';
import type { Prop } from '../bindings/Prop';
import type { Region } from '../bindings/Region';

export const regionLabels: Record<Region, string> = {
  lower_back_centre: 'Lower back, centre',
  lower_back_left: 'Lower back, left',
  lower_back_right: 'Lower back, right',
  buttock_left: 'Left buttock',
  buttock_right: 'Right buttock',
  hip_left: 'Left hip',
  hip_right: 'Right hip',
  thigh_left: 'Left thigh',
  thigh_right: 'Right thigh',
  below_knee_left: 'Left leg below knee',
  below_knee_right: 'Right leg below knee',
};

export const qualityLabels: Record<PainQuality, string> = {
  aching: 'Aching',
  stiff: 'Stiff',
  sharp: 'Sharp',
  stabbing: 'Stabbing',
  burning: 'Burning',
  shooting: 'Shooting',
  throbbing: 'Throbbing',
  cramping: 'Cramping',
  electric: 'Electric',
};

export const onsetLabels: Record<Onset, string> = {
  during: 'During it',
  right_after: 'Right after',
  hours_later: 'Hours later',
  next_morning: 'Next morning',
  not_linked: 'Not linked to an activity',
};

export const activityLabels: Record<ActivityKind, string> = {
  intimacy: 'Intimacy',
  stretching: 'Stretching',
  core_session: 'Core session',
  walking_sport: 'Walking / sport',
  sitting: 'Long sitting',
  lifting: 'Lifting',
  stress_relief: 'Stress relief',
  other: 'Other',
};

export const roleLabels: Record<PartnerRole, string> = {
  moving: 'Moving partner',
  resting: 'Resting partner',
  both: 'Both / took turns',
};

export const propLabels: Record<Prop, string> = {
  pillow_under_lower_back: 'Pillow under lower back',
  pillow_under_hips: 'Pillow under hips',
  pillow_between_knees: 'Pillow between knees',
  wedge: 'Wedge',
  rolled_towel: 'Rolled towel',
  bed_edge: 'Edge of the bed',
  other: 'Other prop',
};

export const conditionLabels: Record<Condition, string> = {
  disc_herniation: 'Disc herniation',
  sciatica: 'Sciatica',
  arthritis: 'Arthritis',
  stenosis: 'Spinal stenosis',
  osteoporosis: 'Osteoporosis',
  pelvic_alignment: 'Pelvic alignment problem',
  spondylolisthesis: 'Spondylolisthesis',
  compression_fracture: 'Compression fracture of the spine',
};

export const movementLabels: Record<MovementProfile, string> = {
  flexion: 'Bending forward hurts (flexion-intolerant)',
  extension: 'Arching back hurts (extension-intolerant)',
  mixed: 'Both directions hurt (mixed)',
  unknown: 'Not sure yet',
};

export const ageLabels: Record<AgeBand, string> = {
  under20: 'Under 20',
  from20_to34: '20-34',
  from35_to49: '35-49',
  from50_to64: '50-64',
  from65: '65 or over',
};

export function keysOf<K extends string>(record: Record<K, string>): K[] {
  return Object.keys(record) as K[];
}

/** The health-history questions live in ./history.ts (they carry dates since issue 12). */
