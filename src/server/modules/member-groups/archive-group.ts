import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { memberGroups } from '../../platform/db/schema';
import { auditGroup, writeGroup } from './access';
import { setPair } from './group-fields';

/**
 * Archives a group (归档): it leaves the lists and no longer prefills invitations; its pair, if
 * any, is freed to pair again. Its members stay on record. 409 when archived already.
 */
export async function archiveGroup(ctx: Ctx, id: string) {
  await writeGroup(ctx, id, async (tx, g) => {
    const former = g.pairedGroup?.id ?? null;
    if (former) await setPair(tx, g.id, null, former);
    await tx
      .update(memberGroups)
      .set({ archivedAt: new Date(), updatedAt: new Date() })
      .where(eq(memberGroups.id, g.id));
    await auditGroup(tx, ctx, g, 'archive', { before: { pairedGroupId: former } });
  });
}
