import { MEMBER_GROUP_MENU_ROLES } from '../../../shared/access/member-groups';
import type { Role } from '../../../shared/enums';
import type { Me } from '../../api/types';

/** The office, liaisons and leaders get 委员小组 and 联系点覆盖 in the menu (the server decides what each sees). */
export const mayUseMemberGroups = (me: Me | null | undefined) =>
  Boolean(me?.grants.some((g) => (MEMBER_GROUP_MENU_ROLES as readonly Role[]).includes(g.role)));
