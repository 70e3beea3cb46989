import { ROLES } from '../../../shared/enums';
import { reaches } from '../../platform/auth/actor';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { trainingPlace } from './create-training';
import { presentTrainingSummary } from './present';
import { findPlace, listTrainingRows, manageRoots, membersWithin } from './queries';
import type { InvitableMembersInput, ListTrainingsInput } from './schemas';

/** A page of the sessions the viewer sees (beneath a place of their reach, if named: 404 outside it). */
export async function listTrainings(ctx: Ctx, q: ListTrainingsInput, now = new Date()) {
  if (q.placeId) {
    const place = await findPlace(ctx.db, q.placeId);
    if (!place || !reaches(ctx.actor, ROLES, place.path)) throw notFound();
  }
  const { rows, total } = await listTrainingRows(ctx.db, ctx.actor, q);
  return { items: rows.map((r) => presentTrainingSummary(r, now)), total, page: q.page, pageSize: q.pageSize };
}

/** The members one may invite to a session at the place: those within one's reach, by name. */
export async function invitableMembers(ctx: Ctx, q: InvitableMembersInput) {
  await trainingPlace(ctx, q.placeId);
  return { items: await membersWithin(ctx.db, manageRoots(ctx.actor), { q: q.q || undefined, limit: 50 }) };
}
