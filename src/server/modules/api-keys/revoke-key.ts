import { and, eq, isNull } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { apiKeys } from '../../platform/db/schema';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { canApiKey, visibleApiKeys } from './policy';
import { findKey } from './queries';

/** Revokes a key: from now on the partner's requests with it answer 403. Revoking is final. */
export async function revokeApiKey(ctx: Ctx, id: string) {
  const visible = visibleApiKeys(ctx.actor);
  const key = await findKey(ctx.db, id, visible);
  if (!key) throw notFound();
  if (!canApiKey(ctx.actor, 'revoke', key)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const [done] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date(), revokedById: ctx.actor.id })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id });
    if (!done) throw conflict('api_key_revoked');
    await writeAudit(tx, ctx, {
      action: 'api_key.revoke',
      entityType: 'api_key',
      entityId: id,
      placePath: key.placePath,
      before: { name: key.name, prefix: key.prefix },
    });
  });
  const revoked = await findKey(ctx.db, id, visible);
  if (!revoked) throw notFound();
  return revoked;
}
