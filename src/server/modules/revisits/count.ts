import type { Ctx } from '../../platform/context';
import { dueRevisits } from './due';
import { DueRevisitsQuery } from './schemas';

/** How many revisits GET /api/revisits/due lists under this query: its own `total`, by the same code. */
export async function countDueRevisits(ctx: Ctx, query: Record<string, string>, now: Date) {
  return (await dueRevisits(ctx, DueRevisitsQuery.parse({ ...query, pageSize: '1' }), now)).total;
}
