import type { Ctx } from '../../platform/context';
import { listVisibleTasks } from './queries';
import { ListTasksQuery } from './schemas';

/** How many tasks GET /api/tasks lists under this query: the list's own `total`, by the same code. */
export async function countTasksListed(ctx: Ctx, query: Record<string, string>, now: Date) {
  const q = ListTasksQuery.parse({ ...query, pageSize: '1' });
  return (await listVisibleTasks(ctx.db, ctx.actor, q, now)).total;
}
