// The quick-log window's words (the score, region and warning-sign words are shared with
// the pain form).
import { t } from '../../shared/i18n';

export const quickLogStrings = {
  title: t('common-log-pain'),
  score: 'How much does your back hurt right now?',
  region: 'Where does it hurt most?',
  regionNone: 'Not sure / skip',
  after: 'After this?',
  afterNone: 'No activity logged in the 48 hours before now.',
  save: 'Save and close',
  cancel: 'Close',
  keys: 'Keys: 0-9 or the arrow keys choose the score, Enter saves, Esc closes.',
  saving: t('common-saving'),
  urgentSaved: 'Saved. You ticked a warning sign: the main window opens with what to do.',
};
