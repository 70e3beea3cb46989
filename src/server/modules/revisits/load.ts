import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import type { OutcomeRow } from '../outcomes';
import { revisitAbilities } from './policy';
import { acceptedTasksOf, revisitsOf } from './queries';
import { DUE_WITHIN_DAYS, reviewStateOf } from './rules';

/**
 * An outcome's 回头看 as the viewer sees it: its review date and where that stands, its revisits
 * newest first, the tasks a revisit may reopen (for those who record), and what the viewer may do.
 */
export async function loadOutcomeRevisits(db: DbOrTx, actor: Actor, o: OutcomeRow, now = new Date()) {
  const abilities = revisitAbilities(actor, o);
  const [items, reopenableTasks] = await Promise.all([
    revisitsOf(db, o.id),
    abilities.record ? acceptedTasksOf(db, o.id) : [],
  ]);
  return {
    outcome: { id: o.id, code: o.code, title: o.title, status: o.status },
    carriedOutAt: o.carriedOutAt,
    reviewDueAt: o.reviewDueAt,
    reviewState: reviewStateOf(o.reviewDueAt, now),
    dueWithinDays: DUE_WITHIN_DAYS,
    items,
    reopenableTasks,
    abilities,
  };
}
