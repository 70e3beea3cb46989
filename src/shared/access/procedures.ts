// Who may keep procedures (议事规程) and council settings: one table for the server's policy and the
// console. zod-free, so the browser bundles can import it; the server's `abilities` stay the authority.
import type { Role } from '../enums';

export type ProcedurePermission = 'keep';

/** Procedures and councils are kept by admins and liaisons, within their reach; built-ins are read-only. */
export const PROCEDURE_ROLES = {
  keep: ['admin', 'liaison'],
} as const satisfies Record<ProcedurePermission, readonly Role[]>;
