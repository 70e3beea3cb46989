// The places a member serves (委员下沉): the 委员工作站 they belong to and the villages, communities
// or grids they are assigned to, kept by the CPPCC office within its reach.
import { and, eq } from 'drizzle-orm';
import type { MemberPlaceKind } from '../../../shared/enums';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { memberPlaces } from '../../platform/db/schema';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors';
import { manageablePlace } from './member-writes';
import { canManageAt } from './policy';
import { servedPlaceProblem } from './rules';
import type { MemberPlaceInput } from './schemas';
import { loadManagedMember } from './update-member';

/** Assigns a member to a place of the actor's reach: 400 when the place does not fit the kind, 409 when already there. */
export async function addServedPlace(ctx: Ctx, id: string, input: MemberPlaceInput) {
  await ctx.db.transaction(async (tx) => {
    const { m, served } = await loadManagedMember(tx, ctx, id);
    const place = await manageablePlace(tx, ctx, input.placeId, 'placeId');
    const problem = servedPlaceProblem(input.kind, place);
    if (problem) throw new AppError(400, problem, { place: place.name }, [], { field: 'placeId' });
    if (served.some((s) => s.place.id === place.id && s.kind === input.kind)) throw conflict('member_place_exists');
    await tx.insert(memberPlaces).values({ accountId: id, placeId: place.id, kind: input.kind });
    await writeAudit(tx, ctx, {
      action: 'member.place_add',
      entityType: 'member',
      entityId: id,
      placePath: m.homePlacePath,
      after: { placeId: place.id, placeName: place.name, kind: input.kind },
    });
  });
}

/** Ends an assignment: the member's and the place's keeper decides (403 outside their reach), 404 when there is none. */
export async function removeServedPlace(ctx: Ctx, id: string, kind: MemberPlaceKind, placeId: string) {
  await ctx.db.transaction(async (tx) => {
    const { m, served } = await loadManagedMember(tx, ctx, id);
    const row = served.find((s) => s.place.id === placeId && s.kind === kind);
    if (!row) throw notFound();
    if (!canManageAt(ctx.actor, row.path)) throw forbidden();
    await tx
      .delete(memberPlaces)
      .where(and(eq(memberPlaces.accountId, id), eq(memberPlaces.placeId, placeId), eq(memberPlaces.kind, kind)));
    await writeAudit(tx, ctx, {
      action: 'member.place_remove',
      entityType: 'member',
      entityId: id,
      placePath: m.homePlacePath,
      before: { placeId, placeName: row.place.name, kind },
    });
  });
}
