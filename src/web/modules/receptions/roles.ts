import type { Role } from '../../../shared/enums';
import type { Me } from '../auth/types';

const READ: readonly Role[] = ['cppcc', 'liaison', 'leader', 'member'];
const KEEP: readonly Role[] = ['cppcc', 'liaison'];

const holds = (me: Me | null | undefined, roles: readonly Role[]) =>
  Boolean(me?.grants.some((g) => roles.includes(g.role)));

/** Reads reception rotas: the CPPCC office, liaisons, leaders and members (the server decides what). */
export const mayUseReceptions = (me: Me | null | undefined) => holds(me, READ);

/** Keeps rotas: the CPPCC office and liaisons, in their reach. */
export const keepsRota = (me: Me | null | undefined) => holds(me, KEEP);

/** A member, who has duties of their own. */
export const isMember = (me: Me | null | undefined) => holds(me, ['member']);

/** Where the rota page opens: the place of one's first role that keeps, else reads, rotas. */
export const rotaHome = (me: Me | null | undefined) =>
  (me?.grants.find((g) => KEEP.includes(g.role)) ?? me?.grants.find((g) => READ.includes(g.role)))?.place.id;
