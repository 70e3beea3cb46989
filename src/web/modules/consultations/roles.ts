import { CONSULTATION_ROLES } from '../../../shared/access/consultations';
import { PROCEDURE_ROLES } from '../../../shared/access/procedures';
import type { Role } from '../../../shared/enums';
import type { Me } from '../../api/types';

// The server checks every request; these only hide buttons.
const holds = (me: Me | null | undefined, roles: readonly Role[]) =>
  Boolean(me?.grants.some((g) => roles.includes(g.role)));

/** Liaisons schedule and record consultations (联络员组织协商). */
export const maySchedule = (me: Me | null | undefined) => holds(me, CONSULTATION_ROLES.manage);

/** Admins and liaisons keep procedures (议事规程). */
export const mayKeepProcedures = (me: Me | null | undefined) => holds(me, PROCEDURE_ROLES.keep);
