// Which console text names a part of a breakdown: the enum words other pages already use (channels,
// sources, forms, participant kinds, grades); categories come named by the server (no i18n import:
// tested in node).
import {
  CONSULTATION_FORMS,
  DUTY_GRADES,
  PARTICIPANT_KINDS,
  SUBMISSION_CHANNELS,
  SUBMISSION_STATUSES,
  TOPIC_SOURCES,
} from '../../../shared/enums';

// a breakdown's `by` → the enum it takes its keys from and where the words for them live
const WORDS: Record<string, { values: readonly string[]; prefix: string }> = {
  channel: { values: SUBMISSION_CHANNELS, prefix: 'submissions.channels' },
  level: { values: SUBMISSION_STATUSES, prefix: 'submissions.statuses' }, // sorted to grid, community, township, department
  status: { values: SUBMISSION_STATUSES, prefix: 'submissions.statuses' },
  source: { values: TOPIC_SOURCES, prefix: 'topics.sources' },
  form: { values: CONSULTATION_FORMS, prefix: 'consultations.forms' },
  kind: { values: PARTICIPANT_KINDS, prefix: 'consultations.kinds' },
  participantKind: { values: PARTICIPANT_KINDS, prefix: 'consultations.kinds' },
  grade: { values: DUTY_GRADES, prefix: 'duty.grades' },
};

/** The console text key that names a part, or null when the server's label (or the key itself) must do. */
export function partWordKey(by: string, key: string): string | null {
  const words = WORDS[by];
  return words?.values.includes(key) ? `${words.prefix}.${key}` : null;
}

/** The console text key for a breakdown's heading ("by channel"), or null for one the console does not know. */
export const breakdownTitleKey = (by: string) => (by in WORDS || by === 'category' ? `dashboard.by.${by}` : null);
