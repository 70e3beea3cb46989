import { and, eq, gt, lt, max, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context';
import { consensusItems, dissents } from '../../platform/db/schema';
import { invalid, notFound } from '../../platform/errors';
import { auditConsultation, writeRecord } from './access';
import type { ConsensusBody, DissentBody } from './schemas';

const itemColumns = { id: consensusItems.id, number: consensusItems.number, text: consensusItems.text };
const ofItem = (consultationId: string, itemId: string) =>
  and(eq(consensusItems.id, itemId), eq(consensusItems.consultationId, consultationId));

/** Adds a consensus item (共识) with the next number (1, 2, 3 …). */
export async function addConsensus(ctx: Ctx, id: string, input: z.infer<typeof ConsensusBody>) {
  return writeRecord(ctx, id, async (tx, c) => {
    // numbering is safe: writeRecord holds the consultation's row for the transaction
    const [last] = await tx
      .select({ n: max(consensusItems.number) })
      .from(consensusItems)
      .where(eq(consensusItems.consultationId, c.id));
    const [row] = await tx
      .insert(consensusItems)
      .values({ consultationId: c.id, number: (last?.n ?? 0) + 1, text: input.text })
      .returning(itemColumns);
    if (!row) throw new Error('consensus item not inserted');
    await auditConsultation(tx, ctx, c, 'consensus.add', { after: row });
    return row;
  });
}

export async function editConsensus(ctx: Ctx, id: string, itemId: string, input: z.infer<typeof ConsensusBody>) {
  return writeRecord(ctx, id, async (tx, c) => {
    const [before] = await tx.select(itemColumns).from(consensusItems).where(ofItem(c.id, itemId));
    if (!before) throw notFound();
    const [row] = await tx
      .update(consensusItems)
      .set({ text: input.text })
      .where(eq(consensusItems.id, itemId))
      .returning(itemColumns);
    await auditConsultation(tx, ctx, c, 'consensus.edit', { before, after: row });
    return row ?? before;
  });
}

/** Removes a consensus item; later items move up a number, dissent against it stays on record. */
export async function removeConsensus(ctx: Ctx, id: string, itemId: string) {
  await writeRecord(ctx, id, async (tx, c) => {
    const [before] = await tx.select(itemColumns).from(consensusItems).where(ofItem(c.id, itemId));
    if (!before) throw notFound();
    await tx.update(dissents).set({ consensusItemId: null }).where(eq(dissents.consensusItemId, itemId));
    await tx.delete(consensusItems).where(eq(consensusItems.id, itemId));
    // two passes through negative numbers: the (consultation, number) index is checked row by row
    const mine = eq(consensusItems.consultationId, c.id);
    await tx
      .update(consensusItems)
      .set({ number: sql`-${consensusItems.number}` })
      .where(and(mine, gt(consensusItems.number, before.number)));
    await tx
      .update(consensusItems)
      .set({ number: sql`-${consensusItems.number} - 1` })
      .where(and(mine, lt(consensusItems.number, 0)));
    await auditConsultation(tx, ctx, c, 'consensus.remove', { before });
  });
}

const dissentColumns = {
  id: dissents.id,
  consensusItemId: dissents.consensusItemId,
  holderName: dissents.holderName,
  text: dissents.text,
};

/** Keeps dissent on record (保留意见), optionally against one consensus item. */
export async function addDissent(ctx: Ctx, id: string, input: z.infer<typeof DissentBody>) {
  return writeRecord(ctx, id, async (tx, c) => {
    if (input.consensusItemId) {
      const [item] = await tx
        .select({ id: consensusItems.id })
        .from(consensusItems)
        .where(ofItem(c.id, input.consensusItemId));
      if (!item) throw invalid([{ path: 'consensusItemId', key: 'invalid_value' }]);
    }
    const [row] = await tx
      .insert(dissents)
      .values({
        consultationId: c.id,
        consensusItemId: input.consensusItemId ?? null,
        holderName: input.holderName,
        text: input.text,
      })
      .returning(dissentColumns);
    if (!row) throw new Error('dissent not inserted');
    await auditConsultation(tx, ctx, c, 'dissent.add', { after: row });
    return row;
  });
}

export async function removeDissent(ctx: Ctx, id: string, dissentId: string) {
  await writeRecord(ctx, id, async (tx, c) => {
    const [row] = await tx
      .delete(dissents)
      .where(and(eq(dissents.id, dissentId), eq(dissents.consultationId, c.id)))
      .returning(dissentColumns);
    if (!row) throw notFound();
    await auditConsultation(tx, ctx, c, 'dissent.remove', { before: row });
  });
}
