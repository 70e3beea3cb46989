import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { accounts } from '../../platform/db/schema';
import { presentOutcomeDetail } from './present';
import { type OutcomeRow, sourcesOf, taskCountsOf } from './queries';
import { recipientsOf } from './recipients';

/** One outcome's page: its sources, recipients, tasks' counts and author read together, presented for the actor. */
export async function loadOutcomeDetail(db: DbOrTx, actor: Actor, o: OutcomeRow) {
  const [sources, recipients, counts, createdBy] = await Promise.all([
    sourcesOf(db, o),
    recipientsOf(db, o.id),
    taskCountsOf(db, o.id),
    o.createdById
      ? db
          .select({ id: accounts.id, displayName: accounts.displayName })
          .from(accounts)
          .where(eq(accounts.id, o.createdById))
      : [],
  ]);
  return presentOutcomeDetail(actor, o, sources, recipients, counts, createdBy[0] ?? null);
}
