import type { Ctx } from '../../platform/context';
import { listVisibleSubmissions } from './queries';
import { ListSubmissionsQuery } from './schemas';

/** How many the inbox lists under this query (its URL query): the list's own `total`, by the same code. */
export async function countInbox(ctx: Ctx, query: Record<string, string>, now: Date) {
  const q = ListSubmissionsQuery.parse({ ...query, pageSize: '1' });
  return (await listVisibleSubmissions(ctx.db, ctx.actor, q, now)).total;
}
