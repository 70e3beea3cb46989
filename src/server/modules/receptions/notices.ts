// The duty notice (接待日值班提醒): a member hears when they are on the rota for the coming week —
// at once when put on it for a day within the week, else when the day comes within a week (the
// periodic job). Each member hears once per slot.
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { places, receptionSlots } from '../../platform/db/schema';
import type { Job } from '../../platform/jobs';
import { notify } from '../notifications';
import { COMING_WEEK_MS, isInComingWeek } from './rules';

const BATCH = 500;

export const dutyKey = (slotId: string, memberId: string) => `reception:${slotId}:${memberId}`;

type Slot = { id: string; memberId: string; startsAt: Date; venue: string | null; placeName: string };

/** Files the member's duty notice for a slot (once: the key keeps it single). */
export const tellOnDuty = (tx: DbOrTx, s: Slot) =>
  notify(tx, {
    accountIds: [s.memberId],
    kind: 'reception_duty',
    params: { title: s.venue ? `${s.placeName} · ${s.venue}` : s.placeName, startsAt: s.startsAt.toISOString() },
    entityType: 'reception',
    entityId: s.id,
    dedupeKey: dutyKey(s.id, s.memberId),
  });

/** Tells the member now if the slot begins within the coming week; the job tells them later otherwise. */
export async function tellIfThisWeek(tx: DbOrTx, s: Slot, now = new Date()) {
  return isInComingWeek(s.startsAt, now) ? tellOnDuty(tx, s) : 0;
}

/** Slots on the rota beginning within the coming week whose member was not told yet: each is told once. */
export async function remindDuty(tx: DbOrTx, now = new Date()) {
  const rows = await tx
    .select({
      id: receptionSlots.id,
      memberId: receptionSlots.memberId,
      startsAt: receptionSlots.startsAt,
      venue: receptionSlots.venue,
      placeName: places.name,
    })
    .from(receptionSlots)
    .innerJoin(places, eq(places.id, receptionSlots.placeId))
    .where(
      and(
        eq(receptionSlots.status, 'scheduled'),
        gte(receptionSlots.startsAt, now),
        lt(receptionSlots.startsAt, new Date(now.getTime() + COMING_WEEK_MS)),
        sql`not exists (select 1 from notifications n where n.account_id = ${receptionSlots.memberId}
          and n.dedupe_key = 'reception:' || ${receptionSlots.id} || ':' || ${receptionSlots.memberId})`,
      ),
    )
    .limit(BATCH);
  let filed = 0;
  for (const s of rows) filed += await tellOnDuty(tx, s);
  return filed;
}

/** The duty reminders' periodic job (hourly, whichever instance runs it). */
export const receptionJobs = (): Job[] => [{ name: 'reception-duty', everyMs: 3_600_000, run: (tx) => remindDuty(tx) }];
