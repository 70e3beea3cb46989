// The public attendance API (/api/public/attendance/:token), read from the wire contract (types only:
// no zod in the phone bundle).
import type { Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/consultations';

export { ATTEND_KINDS } from '../../../shared/access/attendance';
export type PublicAttendance = Wire<typeof Api.PublicAttendance>;
export type AttendRequest = Wire<typeof Api.PublicSignInBody>;
export type AttendKind = NonNullable<AttendRequest['kind']>;
export type Attended = Wire<typeof Api.PublicSignInResult>;
