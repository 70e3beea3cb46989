import { DEPARTMENT_MAY, SUBMISSION_ROLES } from '../../../shared/access/submissions';
import type { Role } from '../../../shared/enums';
import type { Me } from '../auth/types';

// The server's table (src/shared/access/submissions.ts); the server decides on every call.
// A department's inbox holds what was forwarded to it.
const READ: readonly Role[] = [
  ...SUBMISSION_ROLES.read,
  ...(DEPARTMENT_MAY.includes('read') ? ['department' as const] : []),
];
const RECORD: readonly Role[] = SUBMISSION_ROLES.record; // walk-ins: reception days, patrols, calls

const holds = (me: Me | null | undefined, roles: readonly Role[]) =>
  Boolean(me?.grants.some((g) => roles.includes(g.role)));

/** Sees the inbox (诉求): liaisons, members, leaders, departments. */
export const mayReadSubmissions = (me: Me | null | undefined) => holds(me, READ);

/** Records a submission on a resident's behalf. */
export const mayRecordWalkIn = (me: Me | null | undefined) => holds(me, RECORD);

/** Sorts (分办) items in the inbox: liaisons; the server checks each item's place. */
export const maySort = (me: Me | null | undefined) => holds(me, SUBMISSION_ROLES.sort);

/** The place of one's first inbox role: where categories are looked up when no place is chosen. */
export const inboxHome = (me: Me | null | undefined) => me?.grants.find((g) => READ.includes(g.role))?.place.id;
