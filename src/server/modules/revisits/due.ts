import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { places } from '../../platform/db/schema';
import { forbidden, notFound } from '../../platform/errors';
import { dueRoots, reachesPlace } from './policy';
import { listDueRevisits } from './queries';
import { DUE_WITHIN_DAYS, reviewStateOf } from './rules';
import type { DueRevisitsInput } from './schemas';

/**
 * The revisits due (回头看) on the supervision board: carried-out outcomes in the viewer's region,
 * or beneath one of its places (404 for a place outside it), whose review date has come or comes
 * within DUE_WITHIN_DAYS, the oldest first. One with no role of a region has none (403).
 */
export async function dueRevisits(ctx: Ctx, q: DueRevisitsInput, now = new Date()) {
  if (dueRoots(ctx.actor).length === 0) throw forbidden();
  if (q.placeId) {
    const [place] = await ctx.db.select({ path: places.path }).from(places).where(eq(places.id, q.placeId));
    if (!place || !reachesPlace(ctx.actor, place.path)) throw notFound();
  }
  const { rows, counts } = await listDueRevisits(ctx.db, ctx.actor, q, now);
  const items = rows.map((r) => {
    const reviewDueAt = r.reviewDueAt as Date; // the list holds only outcomes with a date
    const reviewState: 'overdue' | 'due_soon' = reviewStateOf(reviewDueAt, now) === 'overdue' ? 'overdue' : 'due_soon';
    return { ...r, reviewDueAt, reviewState };
  });
  return { items, total: counts.due, counts, dueWithinDays: DUE_WITHIN_DAYS, page: q.page, pageSize: q.pageSize };
}
