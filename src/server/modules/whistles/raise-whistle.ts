import { WHISTLE_ROLES } from '../../../shared/access/whistles';
import { ROLES } from '../../../shared/enums';
import { writeAudit } from '../../platform/audit';
import { reaches, reachOf } from '../../platform/auth/actor';
import type { Ctx } from '../../platform/context';
import { nextCode } from '../../platform/db/codes';
import { isWithin } from '../../platform/db/place-path';
import { whistleCalls, whistles } from '../../platform/db/schema';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors';
import { notify } from '../notifications';
import { departmentsToPick, membersToCall } from './candidates';
import { noticeTitle } from './present';
import { findPlace } from './queries';
import { isWhistlePlace, raiseIssues } from './rules';
import type { RaiseWhistleInput } from './schemas';

/**
 * The place a whistle is raised for or listed under: 404 outside every reach of the viewer, 403
 * where they may not call (a leader, a member), 400 for a place no whistle is raised at.
 */
export async function callablePlace(ctx: Ctx, placeId: string) {
  const place = await findPlace(ctx.db, placeId);
  if (!place || !reaches(ctx.actor, ROLES, place.path)) throw notFound();
  if (!reaches(ctx.actor, WHISTLE_ROLES.call, place.path)) throw forbidden();
  if (!isWhistlePlace(place.kind) || place.archivedAt)
    throw new AppError(400, 'whistle_place_kind', {}, [{ path: 'placeId', key: 'invalid_value' }]);
  return place;
}

/** Where the caller's calling roles reach that holds the place: their region, whose sector members are called. */
export const regionOf = (ctx: Ctx, placePath: string) =>
  reachOf(ctx.actor, WHISTLE_ROLES.call).filter((root) => isWithin(placePath, root));

/**
 * 吹哨: raises a call for help at a place in the caller's reach (CS-YYYY-NNNN) and calls the members
 * serving it, the members of the sectors or expertise wanted in the caller's region, and the
 * departments picked: each is kept as called (whistle_calls) and told (whistle_raised).
 */
export async function raiseWhistle(ctx: Ctx, input: RaiseWhistleInput) {
  const place = await callablePlace(ctx, input.placeId);
  const issues = raiseIssues(input, new Date());
  const departments = await departmentsToPick(ctx.db, place.path, input.departmentIds);
  if (departments.length !== input.departmentIds.length) issues.push({ path: 'departmentIds', key: 'invalid_value' });
  if (issues.length > 0) throw invalid(issues);

  return ctx.db.transaction(async (tx) => {
    const code = await nextCode(tx, 'CS');
    const [row] = await tx
      .insert(whistles)
      .values({
        code,
        placeId: place.id,
        raisedById: ctx.actor.id,
        need: input.need,
        sectors: input.sectors,
        expertise: input.expertise,
        location: input.location,
        dueAt: input.dueAt,
      })
      .returning({ id: whistles.id });
    const id = row?.id as string;
    const members = await membersToCall(tx, {
      placePath: place.path,
      regionRoots: regionOf(ctx, place.path),
      sectors: input.sectors,
      expertise: input.expertise,
    });
    const called = [...new Set([...members.map((m) => m.id), ...departments.map((d) => d.id)])].filter(
      (a) => a !== ctx.actor.id,
    );
    if (called.length > 0)
      await tx.insert(whistleCalls).values(called.map((accountId) => ({ whistleId: id, accountId })));
    await notify(tx, {
      accountIds: called,
      kind: 'whistle_raised',
      params: { code, title: noticeTitle(input.need), actor: ctx.actor.displayName, dueAt: input.dueAt.toISOString() },
      entityType: 'whistle',
      entityId: id,
      dedupeKey: `whistle:${id}`,
    });
    await writeAudit(tx, ctx, {
      action: 'whistle.raise',
      entityType: 'whistle',
      entityId: id,
      placePath: place.path,
      after: {
        code,
        placeId: place.id,
        need: input.need,
        sectors: input.sectors,
        expertise: input.expertise,
        location: input.location,
        dueAt: input.dueAt,
        called,
      },
    });
    return { id };
  });
}
