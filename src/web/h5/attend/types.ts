import type { ConsultationStatus } from '../../../shared/enums';

// The public attendance API (/api/public/attendance/:token), as consultations/schemas.ts answers it.
export type PublicAttendance = {
  title: string;
  placeName: string;
  venue: string | null;
  startsAt: string;
  status: ConsultationStatus;
  isOpen: boolean;
};
export type AttendKind = 'resident_rep' | 'expert' | 'stakeholder' | 'official' | 'member';
export const ATTEND_KINDS: readonly AttendKind[] = ['resident_rep', 'expert', 'stakeholder', 'official', 'member'];
export type AttendRequest = { name: string; affiliation?: string; kind?: AttendKind };
export type Attended = { name: string; attendedAt: string; isInvited: boolean };
