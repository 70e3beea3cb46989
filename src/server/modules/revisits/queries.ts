import { and, asc, count, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { inSubtreeOfPlace } from '../../platform/db/place-path';
import { accounts, outcomes, places, revisitPhotos, revisits, tasks } from '../../platform/db/schema';
import { visibleDue } from './policy';
import { DUE_WITHIN_DAYS } from './rules';

export const photoColumns = {
  id: revisitPhotos.id,
  outcomeId: revisitPhotos.outcomeId,
  revisitId: revisitPhotos.revisitId,
  width: revisitPhotos.width,
  height: revisitPhotos.height,
  bytes: revisitPhotos.bytes,
  createdAt: revisitPhotos.createdAt,
};
type PhotoRow = {
  id: string;
  outcomeId: string;
  revisitId: string | null;
  width: number;
  height: number;
  bytes: number;
  createdAt: Date;
};

/** A photo with where the console fetches it (with the session). */
export const presentPhoto = ({ revisitId: _, outcomeId, ...p }: PhotoRow) => ({
  ...p,
  url: `/api/outcomes/${outcomeId}/revisit-photos/${p.id}`,
});

/** Holds the outcome's row for the caller's transaction, as every step that moves it does first. */
export async function lockOutcome(tx: DbOrTx, outcomeId: string) {
  await tx.select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.id, outcomeId)).for('update');
}

/** An outcome's revisits, newest visit first, each with its photos, who recorded it and the task it reopened. */
export async function revisitsOf(db: DbOrTx, outcomeId: string) {
  const rows = await db
    .select({
      id: revisits.id,
      visitedAt: revisits.visitedAt,
      findings: revisits.findings,
      residentsView: revisits.residentsView,
      isProblemBack: revisits.isProblemBack,
      task: { id: tasks.id, code: tasks.code, title: tasks.title },
      recordedBy: { id: accounts.id, displayName: accounts.displayName },
      createdAt: revisits.createdAt,
    })
    .from(revisits)
    .leftJoin(tasks, eq(tasks.id, revisits.taskId))
    .leftJoin(accounts, eq(accounts.id, revisits.recordedById))
    .where(eq(revisits.outcomeId, outcomeId))
    .orderBy(desc(revisits.visitedAt), desc(revisits.createdAt));
  const photos =
    rows.length > 0
      ? await db
          .select(photoColumns)
          .from(revisitPhotos)
          .where(
            inArray(
              revisitPhotos.revisitId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(asc(revisitPhotos.createdAt), asc(revisitPhotos.id))
      : [];
  return rows.map((r) => ({ ...r, photos: photos.filter((p) => p.revisitId === r.id).map(presentPhoto) }));
}

const owner = alias(accounts, 'owner');

/** The outcome's accepted tasks (验收): those a revisit finding the problem back may reopen. */
export function acceptedTasksOf(db: DbOrTx, outcomeId: string) {
  return db
    .select({
      id: tasks.id,
      code: tasks.code,
      title: tasks.title,
      owner: { id: owner.id, displayName: owner.displayName },
    })
    .from(tasks)
    .innerJoin(owner, eq(owner.id, tasks.ownerId))
    .where(and(eq(tasks.outcomeId, outcomeId), eq(tasks.status, 'accepted')))
    .orderBy(asc(tasks.code));
}

/**
 * The carried-out outcomes the actor sees (beneath `placeId` if given) whose review date has come
 * or comes within DUE_WITHIN_DAYS, the oldest date first; with how many there are and how many
 * are past their date.
 */
export async function listDueRevisits(
  db: DbOrTx,
  actor: Actor,
  q: { placeId?: string; page: number; pageSize: number },
  now: Date,
) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const where: SQL[] = [
    visibleDue(actor),
    eq(outcomes.status, 'carried_out'),
    isNotNull(outcomes.reviewDueAt),
    // whole hours, as the rules count them (a day across a daylight-saving change is not 24 hours)
    sql`${outcomes.reviewDueAt} <= ${at} + ${DUE_WITHIN_DAYS * 24} * interval '1 hour'`,
  ];
  if (q.placeId) where.push(inSubtreeOfPlace(places.path, q.placeId));
  const [rows, [counts]] = await Promise.all([
    db
      .select({
        outcome: { id: outcomes.id, code: outcomes.code, title: outcomes.title },
        place: { id: places.id, name: places.name, kind: places.kind },
        carriedOutAt: outcomes.carriedOutAt,
        reviewDueAt: outcomes.reviewDueAt,
        revisitCount: sql<number>`(select count(*)::int from ${revisits} where ${revisits.outcomeId} = ${outcomes.id})`,
        lastVisitedAt:
          sql<Date | null>`(select max(${revisits.visitedAt}) from ${revisits} where ${revisits.outcomeId} = ${outcomes.id})`.mapWith(
            revisits.visitedAt,
          ),
      })
      .from(outcomes)
      .innerJoin(places, eq(places.id, outcomes.placeId))
      .where(and(...where))
      .orderBy(asc(outcomes.reviewDueAt), asc(outcomes.code))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({
        due: count(),
        overdue: sql<number>`(count(*) filter (where ${outcomes.reviewDueAt} < ${at}))::int`,
      })
      .from(outcomes)
      .innerJoin(places, eq(places.id, outcomes.placeId))
      .where(and(...where)),
  ]);
  return { rows, counts: { due: counts?.due ?? 0, overdue: counts?.overdue ?? 0 } };
}
