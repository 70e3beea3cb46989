// The CPPCC office or the liaison keeps a place's reception rota (排班): a slot at a time, a month
// from a weekly pattern, a swap (another member takes it), a slot taken off, an absence (缺岗).
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { AbsentBody, CreateReceptionBody, FillMonthBody, SwapBody } from '../../../shared/api/receptions';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { receptionSlots } from '../../platform/db/schema';
import { conflict, invalid } from '../../platform/errors';
import { tellIfThisWeek } from './notices';
import { eligibleMembers, nameOf, overlappingSlot, placeSlotAt } from './queries';
import { atClock, daysOfMonth, slotTimeIssues } from './rules';
import { placeToKeep, slotForStep } from './steps';

type CreateInput = z.output<typeof CreateReceptionBody>;
type FillInput = z.output<typeof FillMonthBody>;

/** 409 when the member is already on duty at that time (a slot held or on the rota elsewhere). */
async function assertFree(db: DbOrTx, memberId: string, startsAt: Date, endsAt: Date, exceptId: string | null = null) {
  if (await overlappingSlot(db, memberId, startsAt, endsAt, exceptId))
    throw conflict('reception_member_busy', { name: await nameOf(db, memberId) });
}

/** 400 naming each member (by `pathOf` their index) who may not be put on this place's rota. */
async function assertEligible(
  db: DbOrTx,
  place: { id: string; path: string },
  ids: readonly string[],
  pathOf: (i: number) => string,
) {
  const eligible = new Set((await eligibleMembers(db, place)).map((m) => m.id));
  const issues = ids.flatMap((id, i) => (eligible.has(id) ? [] : [{ path: pathOf(i), key: 'invalid_value' as const }]));
  if (issues.length) throw invalid(issues);
}

/** Puts a member on a place's rota; they hear at once when it is within the coming week. */
export async function createSlot(ctx: Ctx, input: CreateInput) {
  const place = await placeToKeep(ctx, input.placeId);
  const times = slotTimeIssues(input.startsAt, input.endsAt);
  if (times.length) throw invalid(times);
  await assertEligible(ctx.db, place, [input.memberId], () => 'memberId');
  return ctx.db.transaction(async (tx) => {
    await assertFree(tx, input.memberId, input.startsAt, input.endsAt);
    const [row] = await tx
      .insert(receptionSlots)
      .values({
        placeId: place.id,
        memberId: input.memberId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        venue: input.venue || null,
        createdById: ctx.actor.id,
      })
      .returning({ id: receptionSlots.id });
    const id = row?.id as string;
    await writeAudit(tx, ctx, {
      action: 'reception.schedule',
      entityType: 'reception_slot',
      entityId: id,
      placePath: place.path,
      after: { memberId: input.memberId, startsAt: input.startsAt, endsAt: input.endsAt, venue: input.venue ?? null },
    });
    await tellIfThisWeek(tx, {
      id,
      memberId: input.memberId,
      startsAt: input.startsAt,
      venue: input.venue || null,
      placeName: place.name,
    });
    return { id };
  });
}

/**
 * Fills a month of a place's rota from a weekly pattern, the chosen members taking turns in the
 * order given. Days past, days the place has a slot at that time, and days the member whose turn
 * it is is on duty elsewhere are skipped (and said so); the rest are written together.
 */
export async function fillMonth(ctx: Ctx, input: FillInput, now = new Date()) {
  const place = await placeToKeep(ctx, input.placeId);
  const sample = daysOfMonth(input.month, [1, 2, 3, 4, 5, 6, 7])[0] as string;
  const times = slotTimeIssues(atClock(sample, input.startTime), atClock(sample, input.endTime), 'endTime');
  if (times.length) throw invalid(times);
  await assertEligible(ctx.db, place, input.memberIds, (i) => `memberIds.${i}`);
  const memberIds = [...new Set(input.memberIds)];
  return ctx.db.transaction(async (tx) => {
    const created: string[] = [];
    const skipped: { date: string; reason: 'past' | 'taken' | 'member_busy' }[] = [];
    let turn = 0;
    for (const date of daysOfMonth(input.month, [...new Set(input.weekdays)])) {
      const startsAt = atClock(date, input.startTime);
      const endsAt = atClock(date, input.endTime);
      const memberId = memberIds[turn % memberIds.length] as string;
      if (startsAt < now) {
        skipped.push({ date, reason: 'past' });
        continue;
      }
      turn++;
      if (await placeSlotAt(tx, place.id, startsAt, endsAt)) skipped.push({ date, reason: 'taken' });
      else if (await overlappingSlot(tx, memberId, startsAt, endsAt)) skipped.push({ date, reason: 'member_busy' });
      else {
        const [row] = await tx
          .insert(receptionSlots)
          .values({
            placeId: place.id,
            memberId,
            startsAt,
            endsAt,
            venue: input.venue || null,
            createdById: ctx.actor.id,
          })
          .returning({ id: receptionSlots.id });
        const id = row?.id as string;
        created.push(id);
        await tellIfThisWeek(tx, { id, memberId, startsAt, venue: input.venue || null, placeName: place.name }, now);
      }
    }
    await writeAudit(tx, ctx, {
      action: 'reception.fill_month',
      entityType: 'place',
      entityId: place.id,
      placePath: place.path,
      after: { ...input, created, skipped },
    });
    return { created, skipped };
  });
}

/** Another member takes a slot on the rota over; the member first on it is kept (swapped_from). */
export async function swapSlot(ctx: Ctx, id: string, input: z.output<typeof SwapBody>) {
  return ctx.db.transaction(async (tx) => {
    const slot = await slotForStep(tx, ctx, id, 'swap', new Date());
    if (input.memberId === slot.memberId) throw invalid([{ path: 'memberId', key: 'invalid_value' }]);
    await assertEligible(tx, { id: slot.place.id, path: slot.placePath }, [input.memberId], () => 'memberId');
    await assertFree(tx, input.memberId, slot.startsAt, slot.endsAt, slot.id);
    const swappedFromId = slot.swappedFrom?.id ?? slot.memberId;
    await tx
      .update(receptionSlots)
      .set({ memberId: input.memberId, swappedFromId, updatedAt: new Date() })
      .where(eq(receptionSlots.id, slot.id));
    await writeAudit(tx, ctx, {
      action: 'reception.swap',
      entityType: 'reception_slot',
      entityId: slot.id,
      placePath: slot.placePath,
      before: { memberId: slot.memberId },
      after: { memberId: input.memberId, swappedFromId },
    });
    await tellIfThisWeek(tx, { ...slot, memberId: input.memberId, placeName: slot.place.name });
  });
}

/** Takes a slot off the rota before it is held or missed. */
export async function removeSlot(ctx: Ctx, id: string) {
  await ctx.db.transaction(async (tx) => {
    const slot = await slotForStep(tx, ctx, id, 'remove', new Date());
    await tx.delete(receptionSlots).where(eq(receptionSlots.id, slot.id));
    await writeAudit(tx, ctx, {
      action: 'reception.remove',
      entityType: 'reception_slot',
      entityId: slot.id,
      placePath: slot.placePath,
      before: { memberId: slot.memberId, startsAt: slot.startsAt, endsAt: slot.endsAt },
    });
  });
}

/** 缺岗: the member on the rota did not come, with the reason; only once the slot has begun. */
export async function markAbsent(ctx: Ctx, id: string, input: z.output<typeof AbsentBody>) {
  await ctx.db.transaction(async (tx) => {
    const slot = await slotForStep(tx, ctx, id, 'absent', new Date());
    const now = new Date();
    await tx
      .update(receptionSlots)
      .set({
        status: 'absent',
        absenceReason: input.reason,
        recordedById: ctx.actor.id,
        recordedAt: now,
        updatedAt: now,
      })
      .where(eq(receptionSlots.id, slot.id));
    await writeAudit(tx, ctx, {
      action: 'reception.absent',
      entityType: 'reception_slot',
      entityId: slot.id,
      placePath: slot.placePath,
      after: { memberId: slot.memberId, reason: input.reason },
    });
  });
}
