import type { ConsultationStatus } from '../../../shared/enums';
import type { Participant } from './types';

/** The record is written until the consultation is concluded or cancelled (as the server's isRecordOpen). */
export const isRecordOpen = (status: ConsultationStatus) => status === 'scheduled' || status === 'in_progress';

/** "已到 6 / 应到 8": everyone who came (walk-ins too) against everyone invited. */
export function attendanceCounts(participants: readonly Pick<Participant, 'isInvited' | 'attendedAt'>[]) {
  return {
    attended: participants.filter((p) => p.attendedAt !== null).length,
    invited: participants.filter((p) => p.isInvited).length,
  };
}

/** Attachments: documents and photos, up to 5 MB each (as the server's consultations/attachments). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const FILE_ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png';
