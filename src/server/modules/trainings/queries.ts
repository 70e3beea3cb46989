import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { TRAINING_ROLES } from '../../../shared/access/trainings';
import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import { type Actor, reachOf } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { inSubtree, inSubtreeOfPlace } from '../../platform/db/place-path';
import { accounts, grants, places, trainingAttendance, trainingInvitees, trainings } from '../../platform/db/schema';
import { invitedSql, visibleTrainings } from './policy';
import type { ListTrainingsInput } from './schemas';

const creator = alias(accounts, 'creator');

const attendedCount = sql<number>`(select count(*)::int from ${trainingAttendance} ta where ta.training_id = ${trainings.id})`;
const invitedCount = sql<number>`(select count(*)::int from ${trainingInvitees} ti where ti.training_id = ${trainings.id})`;

/** The year a session counts in: the year of its start in the deployment's calendar. */
export const trainingYear = sql`extract(year from (${trainings.startsAt} at time zone ${sql.raw(`'${DEPLOYMENT_TIME_ZONE}'`)}))::int`;

const rowColumns = (actor: Actor) => ({
  id: trainings.id,
  kind: trainings.kind,
  title: trainings.title,
  description: trainings.description,
  place: { id: places.id, name: places.name, kind: places.kind },
  placePath: places.path,
  venue: trainings.venue,
  startsAt: trainings.startsAt,
  endsAt: trainings.endsAt,
  hoursTenths: trainings.hours,
  archivedAt: trainings.archivedAt,
  checkinToken: trainings.checkinToken,
  createdBy: { id: creator.id, displayName: creator.displayName },
  invitedCount,
  attendedCount,
  isInvited: invitedSql(actor).mapWith(Boolean),
  myAttendedAt:
    sql<Date | null>`(select ta.attended_at from ${trainingAttendance} ta where ta.training_id = ${trainings.id} and ta.account_id = ${actor.id})`.mapWith(
      trainings.startsAt,
    ),
});

const fromTrainings = (db: DbOrTx, actor: Actor) =>
  db
    .select(rowColumns(actor))
    .from(trainings)
    .innerJoin(places, eq(places.id, trainings.placeId))
    .leftJoin(creator, eq(creator.id, trainings.createdById));

export type TrainingRow = NonNullable<Awaited<ReturnType<typeof findVisibleTraining>>>;

/** A session the viewer sees, with how they stand to it; undefined otherwise (callers answer 404). */
export async function findVisibleTraining(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await fromTrainings(db, actor).where(and(eq(trainings.id, id), visibleTrainings(actor)));
  return row;
}

/** The session behind a sign-in QR code, whoever asks (the code is the key), with how the viewer stands to it. */
export async function findTrainingByToken(db: DbOrTx, actor: Actor, token: string) {
  const [row] = await fromTrainings(db, actor).where(eq(trainings.checkinToken, token));
  return row;
}

/** Holds the session's row for the caller's transaction. */
export async function lockTraining(tx: DbOrTx, id: string) {
  await tx.select({ id: trainings.id }).from(trainings).where(eq(trainings.id, id)).for('update');
}

/** A page of the sessions the viewer sees, the latest start first, and how many there are. */
export async function listTrainingRows(db: DbOrTx, actor: Actor, q: ListTrainingsInput) {
  const where: SQL[] = [visibleTrainings(actor)];
  if (q.kind) where.push(eq(trainings.kind, q.kind));
  if (q.placeId) where.push(inSubtreeOfPlace(places.path, q.placeId));
  if (q.year) where.push(sql`${trainingYear} = ${q.year}`);
  if (q.q) {
    const pattern = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(trainings.title, pattern), ilike(trainings.venue, pattern)) as SQL);
  }
  const [rows, [count]] = await Promise.all([
    fromTrainings(db, actor)
      .where(and(...where))
      .orderBy(desc(trainings.startsAt), asc(trainings.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(trainings)
      .innerJoin(places, eq(places.id, trainings.placeId))
      .where(and(...where)),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** Who attended a session, and how. */
export function attendanceOf(db: DbOrTx, trainingId: string) {
  return db
    .select({
      member: { id: accounts.id, displayName: accounts.displayName },
      attendedAt: trainingAttendance.attendedAt,
      method: trainingAttendance.method,
    })
    .from(trainingAttendance)
    .innerJoin(accounts, eq(accounts.id, trainingAttendance.accountId))
    .where(eq(trainingAttendance.trainingId, trainingId));
}

/** Who was invited to a session. */
export async function inviteeIdsOf(db: DbOrTx, trainingId: string) {
  const rows = await db
    .select({ id: trainingInvitees.accountId })
    .from(trainingInvitees)
    .where(eq(trainingInvitees.trainingId, trainingId));
  return rows.map((r) => r.id);
}

/** People by id, by name. */
export function peopleOf(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: accounts.id, displayName: accounts.displayName })
    .from(accounts)
    .where(inArray(accounts.id, [...ids]));
}

/** SQL over accounts: the account holds a live member role within one of the subtrees at `roots`. */
export const memberWithin = (roots: readonly string[]): SQL =>
  sql`exists (select 1 from ${grants} g join ${places} gp on gp.id = g.place_id where g.account_id = ${accounts.id} and g.role = 'member' and ${inSubtree(sql`gp.path`, roots)})`;

/**
 * Live member accounts within `roots` (a session's place, or the viewer's reach), each once by
 * name with their home place; `ids` narrows to those (checking a choice), `q` searches names.
 */
export function membersWithin(
  db: DbOrTx,
  roots: readonly string[],
  opts: { ids?: readonly string[]; q?: string; limit?: number } = {},
) {
  const where: SQL[] = [eq(accounts.isDisabled, false), memberWithin(roots)];
  if (opts.ids) where.push(opts.ids.length ? inArray(accounts.id, [...opts.ids]) : sql`false`);
  if (opts.q) {
    const pattern = `%${escapeLike(opts.q)}%`;
    where.push(or(ilike(accounts.displayName, pattern), ilike(accounts.username, pattern)) as SQL);
  }
  const query = db
    .select({ id: accounts.id, displayName: accounts.displayName, place: { id: places.id, name: places.name } })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .where(and(...where))
    .orderBy(asc(places.path), asc(accounts.displayName), asc(accounts.id));
  return opts.limit ? query.limit(opts.limit) : query;
}

/** Where the viewer keeps sessions: the roots members may be invited from. */
export const manageRoots = (actor: Actor) => reachOf(actor, TRAINING_ROLES.manage);

/** A place by id, for checking where a session is held or listed. */
export async function findPlace(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: places.id, name: places.name, kind: places.kind, path: places.path, archivedAt: places.archivedAt })
    .from(places)
    .where(eq(places.id, id));
  return row;
}
