// 回头看 as the 落实情况报告 reads them: straight from the revisits table. The revisits module reads
// tasks (a revisit that finds the problem back reopens one), so importing it here would close a
// cycle tasks ↔ revisits; this one query is all the report needs.
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { accounts, revisits, tasks } from '../../platform/db/schema';

/** An outcome's revisits, the earliest first, with the task each reopened and who recorded it. */
export function revisitsOfOutcome(db: DbOrTx, outcomeId: string) {
  return db
    .select({
      visitedAt: revisits.visitedAt,
      findings: revisits.findings,
      residentsView: revisits.residentsView,
      isProblemBack: revisits.isProblemBack,
      taskCode: tasks.code,
      recordedBy: accounts.displayName,
    })
    .from(revisits)
    .leftJoin(tasks, eq(tasks.id, revisits.taskId))
    .leftJoin(accounts, eq(accounts.id, revisits.recordedById))
    .where(eq(revisits.outcomeId, outcomeId))
    .orderBy(asc(revisits.visitedAt), asc(revisits.createdAt));
}
