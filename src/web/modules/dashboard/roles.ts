import type { Role } from '../../../shared/enums';
import type { Me } from '../../api/types';

/** Who reads the figures (数据看板): leaders, the CPPCC office and liaisons; the server checks the same. */
export const DASHBOARD_ROLES = ['leader', 'cppcc', 'liaison'] as const satisfies readonly Role[];

export const mayUseDashboard = (me: Me | null | undefined) =>
  Boolean(me?.grants.some((g) => (DASHBOARD_ROLES as readonly Role[]).includes(g.role)));
