import { WRITER_ROLES, WRITING_MENU_ROLES } from '../../../shared/access/writings';
import type { Role } from '../../../shared/enums';
import type { Me } from '../../api/types';

const holds = (me: Me | null | undefined, roles: readonly Role[]) =>
  Boolean(me?.grants.some((g) => roles.includes(g.role)));

/** Who gets the 社情民意与提案 menu: members, the CPPCC office, liaisons, leaders, departments. */
export const mayUseWritings = (me: Me | null | undefined) => holds(me, WRITING_MENU_ROLES);

/** Who may write one: members (委员). */
export const mayWrite = (me: Me | null | undefined) => holds(me, WRITER_ROLES);

/** The roles one holds anywhere. */
export const rolesOf = (me: Me | null | undefined) => new Set<Role>(me?.grants.map((g) => g.role));
