// Who may do what with the duty ledger (履职考核): one table (shared/access/duty) for both the checks
// and the lists. A member's ledger and entries belong to the member's home place; a ranking and
// the rules to the region asked for.
import { DUTY_ROLES, type DutyPermission } from '../../../shared/access/duty';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { isWithin } from '../../platform/db/place-path';

export const canDuty = (actor: Actor, action: DutyPermission, placePath: string) =>
  reaches(actor, DUTY_ROLES[action], placePath);

/** Whether the actor holds a member's grant (委员) anywhere: their own ledger, home and entries. */
export const isMember = (actor: Actor) => actor.grants.some((g) => g.role === 'member');

/**
 * How far the actor sees something kept at `placePath`: 'read' for a reader in reach (or the
 * member it is about), 'forbidden' for anyone else whose grants reach it (a member of the region,
 * an administrator), 'unseen' (404) for those outside.
 */
export type Access = 'read' | 'forbidden' | 'unseen';

export function accessTo(actor: Actor, placePath: string, ownerId?: string): Access {
  if (ownerId === actor.id || canDuty(actor, 'read', placePath)) return 'read';
  return actor.grants.some((g) => isWithin(placePath, g.placePath)) ? 'forbidden' : 'unseen';
}

/** May review a manual entry of a member homed at `placePath`: a liaison or the office, never one's own. */
export const mayReview = (actor: Actor, e: { memberId: string; placePath: string }) =>
  e.memberId !== actor.id && canDuty(actor, 'review', e.placePath);

/** The widest place where the actor reads the ledger: a ranking's and the rules' default region. */
export function defaultRegion(actor: Actor) {
  const [root] = reachOf(actor, DUTY_ROLES.read);
  return root ? actor.grants.find((g) => g.placePath === root)?.placeId : undefined;
}

/** The places whose members' entries a person reviews or reads in lists. */
export const readRoots = (actor: Actor) => reachOf(actor, DUTY_ROLES.read);
