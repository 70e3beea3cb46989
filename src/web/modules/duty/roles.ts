import { DUTY_ROLES } from '../../../shared/access/duty';
import type { Role } from '../../../shared/enums';
import type { Me } from '../../api/types';

// The server's table (src/shared/access/duty.ts); the server decides on every call.
const holds = (me: Me | null | undefined, roles: readonly Role[]) =>
  Boolean(me?.grants.some((g) => roles.includes(g.role)));

/** 履职考核 (rankings, ledgers, entries to review): the CPPCC office, liaisons, leaders. */
export const mayReadDuty = (me: Me | null | undefined) => holds(me, DUTY_ROLES.read);

/** 我的履职: a member's own home and ledger. */
export const isMemberMe = (me: Me | null | undefined) => holds(me, ['member']);

/** Reviews manual entries: the office and liaisons. */
export const mayReviewDuty = (me: Me | null | undefined) => holds(me, DUTY_ROLES.review);
