import type { Ctx } from '../../platform/context';
import { maySeeContacts } from './policy';
import { listContacts } from './queries';
import { ListContactsQuery } from './schemas';

/** How many contacts GET /api/contacts lists under this query (none to one who may not list them). */
export async function countContacts(ctx: Ctx, query: Record<string, string>, now: Date) {
  if (!maySeeContacts(ctx.actor)) return 0;
  return (await listContacts(ctx.db, ctx.actor, ListContactsQuery.parse({ ...query, pageSize: '1' }), now)).total;
}
