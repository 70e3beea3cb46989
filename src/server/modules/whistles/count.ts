import type { Ctx } from '../../platform/context';
import { listWhistles } from './list-whistles';
import { ListWhistlesQuery } from './schemas';

/** How many whistles GET /api/whistles lists under this query: its own `total`, by the same code. */
export async function countWhistles(ctx: Ctx, query: Record<string, string>, now: Date) {
  return (await listWhistles(ctx, ListWhistlesQuery.parse({ ...query, pageSize: '1' }), now)).total;
}
