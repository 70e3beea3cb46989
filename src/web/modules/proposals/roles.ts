import { PROPOSAL_MENU_ROLES } from '../../../shared/access/proposals';
import type { Role } from '../../../shared/enums';
import type { Me } from '../../api/types';

/** Liaisons, leaders and departments get the 提案办理 menu (the server decides what each sees). */
export const mayHandleProposals = (me: Me | null | undefined) =>
  Boolean(me?.grants.some((g) => (PROPOSAL_MENU_ROLES as readonly Role[]).includes(g.role)));
