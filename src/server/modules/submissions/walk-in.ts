import type { z } from 'zod';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Cipher } from '../../platform/crypto';
import { forbidden, notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { fileSubmission } from './intake';
import { canRecordAt } from './policy';
import type { CreateWalkInBody } from './schemas';

/** A liaison or member records what a resident raised in person, by phone or on patrol. */
export async function recordWalkIn(ctx: Ctx, cipher: Cipher, input: z.infer<typeof CreateWalkInBody>) {
  const place = await findVisiblePlace(ctx.db, ctx.actor, input.placeId);
  if (!place || place.archivedAt) throw notFound();
  if (!canRecordAt(ctx.actor, place.path)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const created = await fileSubmission(tx, cipher, place.path, {
      ...input,
      scannedPlaceId: place.id,
      createdBy: { id: ctx.actor.id, name: ctx.actor.displayName },
    });
    await writeAudit(tx, ctx, {
      action: 'submission.record',
      entityType: 'submission',
      entityId: created.id,
      placePath: place.path,
      after: { channel: input.channel },
    });
    return created;
  });
}
