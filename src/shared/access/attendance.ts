// Who may sign themselves in on a consultation's QR page (签到), for the server and the phone page.
// zod-free and apart from the console's tables, so the phone bundle takes only these few bytes.
import type { ParticipantKind } from '../enums';

/** What someone signing themselves in on the QR page may say they are (not staff). */
export const ATTEND_KINDS = [
  'resident_rep',
  'expert',
  'stakeholder',
  'official',
  'member',
] as const satisfies readonly ParticipantKind[];
