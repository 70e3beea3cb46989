import { ROLES } from '../../../shared/enums';
import { reaches } from '../../platform/auth/actor';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { departmentsToPick, membersToCall } from './candidates';
import { presentWhistleSummary } from './present';
import { findPlace, listWhistleRows, whistleStatsRows } from './queries';
import { callablePlace, regionOf } from './raise-whistle';
import { whistleStats } from './rules';
import type { ListWhistlesInput, WhistleCandidatesInput } from './schemas';

/**
 * The whistles the viewer sees (beneath a place of their reach, if named; 404 for a place outside
 * it), a page of them, and the figures over all of them: open, answered, median response hours.
 */
export async function listWhistles(ctx: Ctx, q: ListWhistlesInput, now = new Date()) {
  if (q.placeId) {
    const place = await findPlace(ctx.db, q.placeId);
    if (!place || !reaches(ctx.actor, ROLES, place.path)) throw notFound();
  }
  const [rows, statsRows] = await Promise.all([
    listWhistleRows(ctx.db, ctx.actor, q),
    whistleStatsRows(ctx.db, ctx.actor, q),
  ]);
  const stats = whistleStats(statsRows);
  return {
    items: rows.map((r) => presentWhistleSummary(r, now)),
    total: stats.total,
    page: q.page,
    pageSize: q.pageSize,
    stats,
  };
}

/** Who a whistle at the place would call, and the departments the caller may pick (for the raise form). */
export async function whistleCandidates(ctx: Ctx, q: WhistleCandidatesInput) {
  const place = await callablePlace(ctx, q.placeId);
  const [members, departments] = await Promise.all([
    membersToCall(ctx.db, {
      placePath: place.path,
      regionRoots: regionOf(ctx, place.path),
      sectors: q.sectors,
      expertise: q.expertise,
    }),
    departmentsToPick(ctx.db, place.path),
  ]);
  return { members: members.filter((m) => m.id !== ctx.actor.id), departments };
}
