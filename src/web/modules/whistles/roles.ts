import { WHISTLE_MENU_ROLES, WHISTLE_ROLES } from '../../../shared/access/whistles';
import type { Role } from '../../../shared/enums';
import type { Me } from '../../api/types';

// The server checks every request; these only hide buttons and menu items.
const holds = (me: Me | null | undefined, roles: readonly Role[]) =>
  Boolean(me?.grants.some((g) => roles.includes(g.role)));

/** Liaisons, the CPPCC office, leaders, members and departments get the 吹哨报到 menu. */
export const mayUseWhistles = (me: Me | null | undefined) => holds(me, WHISTLE_MENU_ROLES);

/** Liaisons and the CPPCC office raise whistles (吹哨). */
export const mayRaiseWhistle = (me: Me | null | undefined) => holds(me, WHISTLE_ROLES.call);

/** Members and departments answer (报到): they get the "to answer" view. */
export const mayAnswerWhistles = (me: Me | null | undefined) => holds(me, ['member', 'department']);
