import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { places, submissions } from '../../platform/db/schema';
import { visibleSubmissions } from './policy';
import { countsByStatus, isOverdueSql } from './queries';
import { submissionsWithin } from './subtree';

/**
 * Counts for a place's subtree (or all the actor sees): received, sorted (no longer waiting to be
 * sorted), solved, overdue (its clock running) and the residents' average satisfaction — each a plain count of rows,
 * so every figure can be listed back from the inbox with the same filters.
 */
export async function submissionStats(db: DbOrTx, actor: Actor, placePath: string | undefined, now: Date) {
  const where = [visibleSubmissions(actor)];
  if (placePath) where.push(submissionsWithin([placePath]));
  const rows = await db
    .select({
      status: submissions.status,
      n: sql<number>`count(*)::int`,
      // the inbox's overdue filter, row for row: a stopped clock (议题审议中) is not overdue
      overdue: sql<number>`count(*) filter (where ${isOverdueSql(now)})::int`,
      rated: sql<number>`count(${submissions.satisfaction})::int`,
      satisfactionSum: sql<number>`coalesce(sum(${submissions.satisfaction}), 0)::int`,
    })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .where(and(...where))
    .groupBy(submissions.status);
  const byStatus = countsByStatus(rows);
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  const rated = sum((r) => r.rated);
  return {
    received: sum((r) => r.n),
    sorted: sum((r) => (r.status === 'received' ? 0 : r.n)),
    solved: byStatus.solved ?? 0,
    overdue: sum((r) => r.overdue),
    rated,
    averageSatisfaction: rated ? Math.round((sum((r) => r.satisfactionSum) / rated) * 100) / 100 : null,
    byStatus,
  };
}
