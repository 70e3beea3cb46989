import type { Role } from '../../shared/enums';

/**
 * Where each role's work begins (首页): the CPPCC office on its roster, a leader on the 督办台, a
 * liaison in the inbox, a member on their own home, a department on its tasks, an administrator on
 * the accounts. Whoever holds a working role opens on that work, the administrator's pages last;
 * among working roles the one listed first wins.
 */
const FIRST_SCREENS = [
  ['cppcc', '/members'],
  ['leader', '/supervision'],
  ['liaison', '/submissions'],
  ['member', '/home'],
  ['department', '/tasks'],
  ['admin', '/accounts'],
] as const satisfies readonly (readonly [Role, string])[];

/** The console's first screen for a person holding `roles` (the places tree when they hold none). */
export function firstScreen(roles: readonly Role[]): string {
  return FIRST_SCREENS.find(([role]) => roles.includes(role))?.[1] ?? '/places';
}
