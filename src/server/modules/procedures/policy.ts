import { PROCEDURE_ROLES } from '../../../shared/access/procedures';
import { type Actor, reaches } from '../../platform/auth/actor';

/** May the actor keep procedures and the council at the place at `path` (built-ins are read-only)? */
export const canKeepProcedures = (actor: Actor, path: string) => reaches(actor, PROCEDURE_ROLES.keep, path);
