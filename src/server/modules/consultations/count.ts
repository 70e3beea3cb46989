import type { Ctx } from '../../platform/context';
import { ListConsultationsQuery } from './schemas';
import { countUpcomingInvitations, listVisibleConsultations } from './summaries';

/** How many consultations GET /api/consultations lists under this query: its own `total`, by the same code. */
export async function countConsultations(ctx: Ctx, query: Record<string, string>) {
  const q = ListConsultationsQuery.parse({ ...query, pageSize: '1' });
  return (await listVisibleConsultations(ctx.db, ctx.actor, q, undefined)).total;
}

export { countUpcomingInvitations };
