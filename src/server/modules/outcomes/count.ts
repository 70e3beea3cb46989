import type { Ctx } from '../../platform/context';
import { listVisibleOutcomes } from './queries';
import { ListOutcomesQuery } from './schemas';

/** How many outcomes GET /api/outcomes lists under this query: its own `total`, by the same code. */
export async function countOutcomes(ctx: Ctx, query: Record<string, string>) {
  return (await listVisibleOutcomes(ctx.db, ctx.actor, ListOutcomesQuery.parse({ ...query, pageSize: '1' }))).total;
}
