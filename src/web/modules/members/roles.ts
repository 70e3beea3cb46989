import { MEMBER_ROLES } from '../../../shared/access/members';
import type { Role } from '../../../shared/enums';
import type { Me } from '../../api/types';

// The server's table (src/shared/access/members.ts); the server decides on every call.
const holds = (me: Me | null | undefined, roles: readonly Role[]) =>
  Boolean(me?.grants.some((g) => roles.includes(g.role)));

/** 委员名册: the CPPCC office, liaisons and leaders. */
export const mayReadMembers = (me: Me | null | undefined) => holds(me, MEMBER_ROLES.read);

/** Adds members, imports the roster: the CPPCC office. */
export const mayKeepRoster = (me: Me | null | undefined) => holds(me, MEMBER_ROLES.manage);
