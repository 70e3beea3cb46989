import type { Role } from '../../shared/enums';

// the roles whose work waits on the workbench (工作台); an administrator's is the accounts
const WORKING_ROLES = ['liaison', 'member', 'leader', 'department', 'cppcc'] as const satisfies readonly Role[];

/**
 * The console's first screen for a person holding `roles`: whoever holds a working role lands on
 * the workbench (工作台), which lists what waits for them in each; one who holds only the
 * administrator's role lands on the accounts; one who holds none, on the places tree.
 */
export function firstScreen(roles: readonly Role[]): string {
  if (roles.some((r) => (WORKING_ROLES as readonly Role[]).includes(r))) return '/workbench';
  return roles.includes('admin') ? '/accounts' : '/places';
}
