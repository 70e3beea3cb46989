import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { receptionAbilities } from './policy';
import { raisedAt, type SlotRow } from './queries';

/** A slot as the rota shows it. */
export const presentSlot = (s: SlotRow) => ({
  id: s.id,
  place: s.place,
  member: s.member,
  swappedFrom: s.swappedFrom,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  venue: s.venue,
  status: s.status,
  absenceReason: s.absenceReason,
  visitors: s.visitors,
  submissionCount: s.submissionCount,
});

/** A slot's page: the day's record, the submissions raised at it, and what the viewer may do. */
export async function loadSlotDetail(db: DbOrTx, actor: Actor, s: SlotRow, now = new Date()) {
  return {
    ...presentSlot(s),
    summary: s.summary,
    recordedBy: s.recordedBy,
    recordedAt: s.recordedAt,
    createdBy: s.createdBy,
    submissions: await raisedAt(db, s.id),
    abilities: receptionAbilities(actor, s, now),
  };
}
