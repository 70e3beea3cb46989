import type { Ctx } from '../../platform/context';
import { memberGroups } from '../../platform/db/schema';
import { forbidden, invalid } from '../../platform/errors';
import { auditGroup, placeInReach } from './access';
import { assertKeepable, assertNameFree, councilPlaceFor, partnerFor, setPair } from './group-fields';
import { canCreateGroup } from './policy';
import { kindFieldIssues } from './rules';
import type { CreateGroupInput } from './schemas';

/**
 * Creates a group (委员小组) kept at a place: a 专委会, a 界别组 with its sector, a council's fixed
 * members, a 1+2+N activity group at a village or community, or a 区直组/镇街组 paired at once
 * with a group of the other kind. 404 for a place out of reach, 403 for a kind not the actor's
 * to keep, 400 on what the fields get wrong, 409 for a name taken or a partner already paired.
 */
export async function createGroup(ctx: Ctx, input: CreateGroupInput) {
  const place = await placeInReach(ctx, input.placeId);
  if (!canCreateGroup(ctx.actor, input.kind, place.path)) throw forbidden();
  const issues = kindFieldIssues(input.kind, input);
  if (issues.length > 0) throw invalid(issues);
  assertKeepable(input.kind, place);
  const council = input.councilPlaceId ? await councilPlaceFor(ctx, ctx.db, place.path, input.councilPlaceId) : null;

  return ctx.db.transaction(async (tx) => {
    await assertNameFree(tx, place.id, input.name);
    const partner = input.pairedGroupId ? await partnerFor(ctx, tx, { kind: input.kind }, input.pairedGroupId) : null;
    const [row] = await tx
      .insert(memberGroups)
      .values({
        placeId: place.id,
        kind: input.kind,
        name: input.name,
        sector: input.sector ?? null,
        councilPlaceId: council?.id ?? null,
      })
      .returning({ id: memberGroups.id });
    if (!row) throw new Error('group not inserted');
    if (partner) await setPair(tx, row.id, partner.id, null);
    await auditGroup(tx, ctx, { id: row.id, placePath: place.path }, 'create', {
      after: {
        kind: input.kind,
        name: input.name,
        placeId: place.id,
        sector: input.sector ?? null,
        councilPlaceId: council?.id ?? null,
        pairedGroupId: partner?.id ?? null,
      },
    });
    return row.id;
  });
}
