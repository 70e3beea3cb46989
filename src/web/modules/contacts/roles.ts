import type { Role } from '../../../shared/enums';
import type { Me } from '../auth/types';

const holds = (me: Me | null | undefined, roles: readonly Role[]) =>
  Boolean(me?.grants.some((g) => roles.includes(g.role)));

/** Members keep their contacts; the CPPCC office and liaisons read those of their region (the server decides). */
export const mayUseContacts = (me: Me | null | undefined) => holds(me, ['member', 'cppcc', 'liaison']);

/** A member keeps contacts of their own. */
export const keepsContacts = (me: Me | null | undefined) => holds(me, ['member']);
