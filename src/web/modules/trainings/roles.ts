import { TRAINING_MENU_ROLES, TRAINING_ROLES } from '../../../shared/access/trainings';
import type { Role } from '../../../shared/enums';
import type { Me } from '../../api/types';

// The server checks every request; these only hide buttons, tabs and menu items.
const holds = (me: Me | null | undefined, roles: readonly Role[]) =>
  Boolean(me?.grants.some((g) => roles.includes(g.role)));

/** The CPPCC office, liaisons, leaders and members get the 专题培训 menu. */
export const mayUseTrainings = (me: Me | null | undefined) => holds(me, TRAINING_MENU_ROLES);

/** The CPPCC office and liaisons create sessions. */
export const mayCreateTraining = (me: Me | null | undefined) => holds(me, TRAINING_ROLES.manage);

/** Those who read the region's training see the hours table (学时统计). */
export const mayReadHours = (me: Me | null | undefined) => holds(me, TRAINING_ROLES.read);
