import { DASHBOARD_ROLES } from '../../../shared/access/dashboard';
import type { Role } from '../../../shared/enums';
import type { Me } from '../../api/types';

/** Who reads the figures (数据看板): leaders, the CPPCC office and liaisons — the server's own table. */
export const mayUseDashboard = (me: Me | null | undefined) =>
  Boolean(me?.grants.some((g) => (DASHBOARD_ROLES as readonly Role[]).includes(g.role)));
