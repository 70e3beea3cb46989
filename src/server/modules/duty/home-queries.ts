// What the member's home reads: the week ahead (reception duty, consultations invited to, trainings
// where they serve or they were invited to), invitations, whistles to answer, contacts due a visit.
import { and, asc, eq, gte, inArray, isNull, lt, ne, notExists, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { inSubtree, isAncestorOrSelf } from '../../platform/db/place-path';
import {
  consultations,
  contactLogs,
  dutyManualEntries,
  memberContacts,
  memberPlaces,
  participants,
  places,
  receptionSlots,
  trainingInvitees,
  trainings,
  whistleCalls,
  whistleResponses,
  whistles,
} from '../../platform/db/schema';

const placeRef = { id: places.id, name: places.name };
type Window = { from: Date; to: Date };

/** The paths of the places a member serves: their home place and those they belong or 下沉 to. */
export async function servedPaths(db: DbOrTx, memberId: string, homePath: string) {
  const rows = await db
    .select({ path: places.path })
    .from(memberPlaces)
    .innerJoin(places, eq(places.id, memberPlaces.placeId))
    .where(eq(memberPlaces.accountId, memberId));
  return [...new Set([homePath, ...rows.map((r) => r.path)])];
}

/** A place that concerns a member: one they serve, beneath one, or above one (a township's call reaches its villages' members). */
const concerns = (paths: readonly string[]): SQL =>
  or(inSubtree(places.path, paths), ...paths.map((p) => isAncestorOrSelf(places.path, p))) as SQL;

/** Their reception days on the rota within the window (held, or still to come). */
export const receptionsIn = (db: DbOrTx, memberId: string, w: Window) =>
  db
    .select({
      id: receptionSlots.id,
      place: placeRef,
      startsAt: receptionSlots.startsAt,
      endsAt: receptionSlots.endsAt,
      venue: receptionSlots.venue,
    })
    .from(receptionSlots)
    .innerJoin(places, eq(places.id, receptionSlots.placeId))
    .where(
      and(
        eq(receptionSlots.memberId, memberId),
        ne(receptionSlots.status, 'absent'),
        gte(receptionSlots.startsAt, w.from),
        lt(receptionSlots.startsAt, w.to),
      ),
    )
    .orderBy(asc(receptionSlots.startsAt));

/** Consultations they are invited to, not over yet (from `from` on), soonest first. */
export const invitationsFrom = (db: DbOrTx, memberId: string, from: Date) =>
  db
    .select({
      id: consultations.id,
      code: consultations.code,
      title: consultations.title,
      place: placeRef,
      startsAt: consultations.startsAt,
      endsAt: consultations.endsAt,
      venue: consultations.venue,
      status: consultations.status,
    })
    .from(participants)
    .innerJoin(consultations, eq(consultations.id, participants.consultationId))
    .innerJoin(places, eq(places.id, consultations.placeId))
    .where(
      and(
        eq(participants.accountId, memberId),
        inArray(consultations.status, ['scheduled', 'in_progress']),
        sql`coalesce(${consultations.endsAt}, ${consultations.startsAt}) >= ${from.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(consultations.startsAt))
    .limit(20);

/** Trainings in the window held where the member serves, or above, or they were invited to. */
export const trainingsIn = (db: DbOrTx, memberId: string, paths: readonly string[], w: Window) =>
  db
    .select({
      id: trainings.id,
      title: trainings.title,
      place: placeRef,
      startsAt: trainings.startsAt,
      endsAt: trainings.endsAt,
      venue: trainings.venue,
    })
    .from(trainings)
    .innerJoin(places, eq(places.id, trainings.placeId))
    .where(
      and(
        or(
          concerns(paths),
          sql`exists (select 1 from ${trainingInvitees} ti where ti.training_id = ${trainings.id} and ti.account_id = ${memberId})`,
        ),
        isNull(trainings.archivedAt),
        gte(trainings.startsAt, w.from),
        lt(trainings.startsAt, w.to),
      ),
    )
    .orderBy(asc(trainings.startsAt));

/**
 * Open whistles (吹哨) where the member serves or that called them, not answered yet, the nearest
 * deadline first.
 */
export const whistlesToAnswer = (db: DbOrTx, memberId: string, paths: readonly string[]) =>
  db
    .select({
      id: whistles.id,
      code: whistles.code,
      need: whistles.need,
      location: whistles.location,
      place: placeRef,
      dueAt: whistles.dueAt,
    })
    .from(whistles)
    .innerJoin(places, eq(places.id, whistles.placeId))
    .where(
      and(
        eq(whistles.status, 'open'),
        or(
          concerns(paths),
          sql`exists (select 1 from ${whistleCalls} c where c.whistle_id = ${whistles.id} and c.account_id = ${memberId})`,
        ),
        notExists(
          db
            .select({ one: sql`1` })
            .from(whistleResponses)
            .where(and(eq(whistleResponses.whistleId, whistles.id), eq(whistleResponses.responderId, memberId))),
        ),
      ),
    )
    .orderBy(asc(whistles.dueAt))
    .limit(20);

/**
 * Their fixed contacts due a visit: the last time they were in touch (or, never, when the contact
 * was added) is more than the contact's interval ago. The longest overdue first.
 */
export async function contactsDue(db: DbOrTx, memberId: string, now: Date) {
  const last = sql<Date | null>`(select max(${contactLogs.happenedAt}) from ${contactLogs} where ${contactLogs.contactId} = ${memberContacts.id})`;
  const dueSince = sql`coalesce(${last}, ${memberContacts.createdAt}) + ${memberContacts.visitEveryDays} * interval '1 day'`;
  const rows = await db
    .select({
      id: memberContacts.id,
      name: memberContacts.name,
      kind: memberContacts.kind,
      place: placeRef,
      lastContactAt: last.mapWith(contactLogs.happenedAt),
      dueSince: sql<Date>`${dueSince}`.mapWith(contactLogs.happenedAt),
    })
    .from(memberContacts)
    .innerJoin(places, eq(places.id, memberContacts.placeId))
    .where(
      and(
        eq(memberContacts.memberId, memberId),
        isNull(memberContacts.archivedAt),
        sql`${dueSince} <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(dueSince))
    .limit(20);
  return rows;
}

/** How many of their manual entries wait for review. */
export async function pendingEntryCount(db: DbOrTx, memberId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(dutyManualEntries)
    .where(and(eq(dutyManualEntries.memberId, memberId), eq(dutyManualEntries.status, 'pending')));
  return row?.n ?? 0;
}
