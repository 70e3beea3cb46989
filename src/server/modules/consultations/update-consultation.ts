import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { consultations } from '../../platform/db/schema';
import { auditConsultation, closedError, manageable } from './access';
import { organiserAt } from './organisers';
import { isRecordOpen } from './rules';
import { checkTimes } from './schedule-consultation';
import type { UpdateInput } from './schemas';

/** Changes a consultation's title, venue, times, pre-study notes (调研), summary or organising 专委会, until it closes. */
export async function updateConsultation(ctx: Ctx, id: string, input: UpdateInput) {
  const c = await manageable(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(consultations).where(eq(consultations.id, id)).for('update');
    if (!row) throw new Error('consultation vanished');
    if (!isRecordOpen(row.status)) throw closedError(row.status);
    const startsAt = input.startsAt ?? row.startsAt;
    const endsAt = input.endsAt !== undefined ? input.endsAt : row.endsAt;
    checkTimes(row.form, startsAt, endsAt);
    const groupId = input.groupId ? await organiserAt(tx, input.groupId, c.placePath) : input.groupId;
    const change = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.venue !== undefined ? { venue: input.venue } : {}),
      ...(input.startsAt !== undefined ? { startsAt } : {}),
      ...(input.endsAt !== undefined ? { endsAt } : {}),
      ...(input.preStudy !== undefined ? { preStudy: input.preStudy } : {}),
      ...(input.summary !== undefined ? { summary: input.summary } : {}),
      ...(groupId !== undefined ? { groupId } : {}),
    };
    await tx
      .update(consultations)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(consultations.id, id));
    const before = Object.fromEntries(Object.keys(change).map((k) => [k, row[k as keyof typeof row]]));
    await auditConsultation(tx, ctx, c, 'update', { before, after: change });
  });
}
