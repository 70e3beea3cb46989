import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { memberGroups } from '../../platform/db/schema';
import { invalid } from '../../platform/errors';
import { auditGroup, writeGroup } from './access';
import { assertNameFree, councilPlaceFor, partnerFor, setPair } from './group-fields';
import { kindFieldIssues } from './rules';
import type { UpdateGroupInput } from './schemas';

/**
 * Changes a live group's name, a 界别组's sector, the council of fixed members, or whom a
 * 区直组/镇街组 pairs with (`pairedGroupId: null` ends the pairing, and a new partner frees the
 * former one). 404 unseen, 403 not the actor's, 400 on fields the kind does not take, 409 once
 * archived, for a name taken or a partner paired elsewhere.
 */
export async function updateGroup(ctx: Ctx, id: string, input: UpdateGroupInput) {
  await writeGroup(ctx, id, async (tx, g) => {
    const issues = kindFieldIssues(g.kind, { ...input, pairedGroupId: input.pairedGroupId ?? undefined }, true);
    if (issues.length > 0) throw invalid(issues);
    if (input.name !== undefined && input.name !== g.name) await assertNameFree(tx, g.place.id, input.name, g.id);
    const council = input.councilPlaceId
      ? await councilPlaceFor(ctx, tx, g.placePath, input.councilPlaceId)
      : undefined;
    const change = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.sector !== undefined ? { sector: input.sector } : {}),
      ...(council ? { councilPlaceId: council.id } : {}),
    };
    const before = {
      name: g.name,
      sector: g.sector,
      councilPlaceId: g.councilPlace?.id ?? null,
      pairedGroupId: g.pairedGroup?.id ?? null,
    };
    await tx
      .update(memberGroups)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(memberGroups.id, g.id));
    const former = g.pairedGroup?.id ?? null;
    let pairedGroupId = former;
    if (input.pairedGroupId !== undefined && input.pairedGroupId !== former) {
      const partner = input.pairedGroupId ? await partnerFor(ctx, tx, g, input.pairedGroupId) : null;
      pairedGroupId = partner?.id ?? null;
      await setPair(tx, g.id, pairedGroupId, former);
    }
    await auditGroup(tx, ctx, g, 'update', { before, after: { ...change, pairedGroupId } });
  });
}
