// Who may do what with an outcome's revisits (回头看), and which outcomes' revisits a person sees
// due: one table for both.
import type { SQL } from 'drizzle-orm';
import type { OutcomeStatus, Role } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree, isWithin } from '../../platform/db/place-path';
import { places } from '../../platform/db/schema';
import { isRevisitable } from './rules';

export type RevisitAction = 'read' | 'record';

/**
 * By reach over the outcome's place: the liaison records revisits and sets the review date;
 * leaders, members and the CPPCC office of the region read them. An outcome's recipients elsewhere (a department)
 * see the outcome, not its revisits: the task a revisit reopens tells its owner.
 */
export const REVISIT_ROLES = {
  read: ['liaison', 'leader', 'member', 'cppcc'],
  record: ['liaison'],
} as const satisfies Record<RevisitAction, readonly Role[]>;

export const canRevisit = (actor: Actor, action: RevisitAction, o: { placePath: string }) =>
  reaches(actor, REVISIT_ROLES[action], o.placePath);

/** What the viewer may do now: the liaison, while the outcome is carried out. */
export function revisitAbilities(actor: Actor, o: { placePath: string; status: OutcomeStatus }) {
  const may = canRevisit(actor, 'record', o) && isRevisitable(o.status);
  return { record: may, setReviewDate: may };
}

/** The places whose revisits due a person may list: where they hold a role that reads them. */
export const dueRoots = (actor: Actor) => reachOf(actor, REVISIT_ROLES.read);

/** Whether a place (by path) lies in the person's reach for the due list. */
export const reachesPlace = (actor: Actor, path: string) => dueRoots(actor).some((root) => isWithin(path, root));

/** The outcomes whose revisits a person sees due, as SQL over outcomes ⋈ places. */
export const visibleDue = (actor: Actor): SQL => inSubtree(places.path, dueRoots(actor));
