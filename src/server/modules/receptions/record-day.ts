// The day held (接待日记录): how many came, what was raised and done; each problem raised is filed
// as a submission (channel 委员接待日) in the same step, so the day and its submissions exist together.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { RaiseProblemBody, RecordReceptionBody } from '../../../shared/api/receptions';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Cipher } from '../../platform/crypto';
import type { Tx } from '../../platform/db';
import { receptionSlots } from '../../platform/db/schema';
import { fileLinkedSubmission } from '../submissions';
import type { SlotRow } from './queries';
import { slotForStep } from './steps';

type RecordInput = z.output<typeof RecordReceptionBody>;
type RaiseInput = z.output<typeof RaiseProblemBody>;

const fileAt = (tx: Tx, ctx: Ctx, cipher: Cipher, slot: SlotRow, problem: RaiseInput, fieldPrefix = '') =>
  fileLinkedSubmission(
    tx,
    ctx,
    cipher,
    {
      ...problem,
      place: { id: slot.place.id, path: slot.placePath },
      channel: 'reception_day',
      link: { receptionSlotId: slot.id },
    },
    fieldPrefix,
  );

/**
 * Records a reception day as held, by the member on duty or the liaison, once it has begun (409
 * before, or once held or missed); each problem raised becomes a submission: all or nothing.
 */
export async function recordReception(ctx: Ctx, cipher: Cipher, id: string, input: RecordInput) {
  await ctx.db.transaction(async (tx) => {
    const slot = await slotForStep(tx, ctx, id, 'record', new Date());
    const now = new Date();
    await tx
      .update(receptionSlots)
      .set({
        status: 'held',
        visitors: input.visitors,
        summary: input.summary,
        recordedById: ctx.actor.id,
        recordedAt: now,
        updatedAt: now,
      })
      .where(eq(receptionSlots.id, slot.id));
    await writeAudit(tx, ctx, {
      action: 'reception.record',
      entityType: 'reception_slot',
      entityId: slot.id,
      placePath: slot.placePath,
      after: { visitors: input.visitors, summary: input.summary, problems: input.problems.length },
    });
    for (const [i, problem] of input.problems.entries()) await fileAt(tx, ctx, cipher, slot, problem, `problems.${i}.`);
  });
}

/** Files one more problem raised on a held reception day (409 unless held). */
export async function raiseAtReception(ctx: Ctx, cipher: Cipher, id: string, input: RaiseInput) {
  await ctx.db.transaction(async (tx) => {
    const slot = await slotForStep(tx, ctx, id, 'raise', new Date());
    await fileAt(tx, ctx, cipher, slot, input);
  });
}
