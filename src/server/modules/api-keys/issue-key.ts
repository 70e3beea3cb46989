import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { IssueApiKeyBody } from '../../../shared/api/api-keys';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { apiKeys } from '../../platform/db/schema';
import { forbidden, invalidField, notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { canApiKey, visibleApiKeys } from './policy';
import { findKey } from './queries';
import { newSecret } from './secret';

/** Issues a key for a partner, scoped to a place: the answer holds the secret, which is never shown again. */
export async function issueApiKey(ctx: Ctx, input: z.output<typeof IssueApiKeyBody>) {
  const place = await findVisiblePlace(ctx.db, ctx.actor, input.placeId);
  if (!place || place.archivedAt) throw notFound();
  if (!canApiKey(ctx.actor, 'issue', { placePath: place.path })) throw forbidden();
  const { secret, hash, prefix } = newSecret();
  const id = await ctx.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: apiKeys.id })
      .from(apiKeys)
      .where(and(eq(apiKeys.placeId, place.id), eq(apiKeys.name, input.name), isNull(apiKeys.revokedAt)));
    if (taken) throw invalidField('name', 'api_key_name_taken');
    const [row] = await tx
      .insert(apiKeys)
      .values({ name: input.name, placeId: place.id, secretHash: hash, prefix, createdById: ctx.actor.id })
      .returning({ id: apiKeys.id });
    if (!row) throw new Error('insert returned nothing');
    await writeAudit(tx, ctx, {
      action: 'api_key.issue',
      entityType: 'api_key',
      entityId: row.id,
      placePath: place.path,
      after: { name: input.name, placeId: place.id, prefix },
    });
    return row.id;
  });
  const key = await findKey(ctx.db, id, visibleApiKeys(ctx.actor));
  if (!key) throw new Error('issued key not found');
  return { key, secret };
}
