import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import { SUBMISSION_STATUSES, type SubmissionEventKind, type SubmissionStatus } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { countsByStatus as countsOf } from '../../platform/db/counts';
import { inSubtreeOfPlace } from '../../platform/db/place-path';
import { categories, places, submissionEvents, submissionPhotos, submissions } from '../../platform/db/schema';
import { currentVocabulary, planSearch, type SearchMode, type SearchPlan } from '../../platform/text';
import { rolledPlaces, rolledStatusCounts } from './inbox-counts';
import { visibleSubmissions } from './policy';
import { isReplyDueSql } from './reply-due';
import type { ListSubmissionsInput } from './schemas';
import { matchesSearch, searchRank } from './search';
import { submissionsWithinPlace, type WithinPlace } from './subtree';

/** Statuses in which work is still open (a deadline runs, it can be overdue). */
export const OPEN_STATUSES = [
  'received',
  'grid',
  'community',
  'township',
  'department',
] as const satisfies readonly SubmissionStatus[];

/** Open, past its deadline, its clock running (a stopped clock is never overdue): SQL over submissions. */
export const isOverdueSql = (now: Date): SQL =>
  and(
    inArray(submissions.status, [...OPEN_STATUSES]),
    lt(submissions.dueAt, now),
    isNull(submissions.clockStoppedAt),
  ) as SQL;

export const summaryColumns = {
  id: submissions.id,
  trackingCode: submissions.trackingCode,
  status: submissions.status,
  channel: submissions.channel,
  content: submissions.content,
  place: { id: places.id, name: places.name, kind: places.kind },
  placePath: places.path,
  category: { id: categories.id, name: categories.name },
  contactName: submissions.contactName,
  phoneMasked: submissions.phoneMasked,
  createdAt: submissions.createdAt,
  dueAt: submissions.dueAt,
  clockStoppedAt: submissions.clockStoppedAt,
  departmentId: submissions.departmentId,
};

/** Every submission status with its count, zero where there is none. */
export const countsByStatus = (rows: { status: SubmissionStatus; n: number }[]) => countsOf(SUBMISSION_STATUSES, rows);

/**
 * The inbox's conditions (visibility, filters, search) but its status: the list and the export
 * share them. `withinPlace` is q.placeId's filter as `submissionsWithinPlace` read it (a district
 * or township by its own indexed column); without it the place is asked by its path.
 */
export function inboxFilters(
  actor: Actor,
  q: Omit<ListSubmissionsInput, 'status' | 'page' | 'pageSize'>,
  now: Date,
  search: { plan: SearchPlan; mode: SearchMode } | null,
  withinPlace?: SQL,
): SQL[] {
  const where: SQL[] = [visibleSubmissions(actor)];
  if (q.placeId) where.push(withinPlace ?? inSubtreeOfPlace(places.path, q.placeId));
  if (q.categoryId) where.push(eq(submissions.categoryId, q.categoryId));
  if (q.categoryName)
    where.push(
      inArray(
        submissions.categoryId,
        sql`(select ${categories.id} from ${categories} where ${categories.name} = ${q.categoryName})`,
      ),
    );
  if (q.channel) where.push(eq(submissions.channel, q.channel));
  if (q.from) where.push(gte(submissions.createdAt, q.from));
  if (q.to) where.push(lt(submissions.createdAt, q.to));
  if (q.overdue) where.push(isOverdueSql(now));
  if (q.addressedToMe) where.push(eq(submissions.addressedMemberId, actor.id));
  if (q.sorted) where.push(ne(submissions.status, 'received'));
  if (q.rated) where.push(isNotNull(submissions.satisfaction));
  if (q.replyDue) where.push(isReplyDueSql());
  if (search) where.push(matchesSearch(search.plan, search.mode));
  return where;
}

/** Fewer results than this for all of a query's words, and the inbox matches most of them. */
export const FEW_RESULTS = 5;

/**
 * One page of the inbox, with counts per status under the same filters. Both visit every
 * matching row, so they run side by side; the page picks its ids from narrow rows and joins the
 * columns it shows for those alone. A text search matches the exact phrase or all its words, and
 * most of its words when that finds fewer than FEW_RESULTS; it ranks by relevance unless another
 * order is asked for.
 */
export async function listVisibleSubmissions(
  db: DbOrTx,
  actor: Actor,
  q: ListSubmissionsInput,
  now: Date,
  withinPlace?: WithinPlace,
) {
  const within = withinPlace ?? (q.placeId ? await submissionsWithinPlace(db, q.placeId) : undefined);
  if (!q.q) return { ...(await inboxPage(db, actor, q, now, null, within)), search: null };
  const plan = planSearch(q.q, await currentVocabulary(db));
  const all = await inboxPage(db, actor, q, now, { plan, mode: 'all' }, within);
  const most =
    plan.terms.length >= 2 && all.totalAnyStatus < FEW_RESULTS
      ? await inboxPage(db, actor, q, now, { plan, mode: 'most' }, within)
      : null;
  // `most` only when matching most of the words found more than matching all of them
  const widened = most && most.totalAnyStatus > all.totalAnyStatus ? most : null;
  return {
    ...(widened ?? all),
    search: { mode: widened ? ('most' as const) : ('all' as const), highlight: plan.highlight },
  };
}

async function inboxPage(
  db: DbOrTx,
  actor: Actor,
  q: ListSubmissionsInput,
  now: Date,
  search: { plan: SearchPlan; mode: SearchMode } | null,
  within: WithinPlace | undefined,
) {
  // the inbox's conditions, over its own dates or (for the counts) another range of them
  const filtersOver = (range?: { start: Date | undefined; end: Date | undefined }) =>
    inboxFilters(actor, range ? { ...q, from: range.start, to: range.end } : q, now, search, within?.where);
  const base = filtersOver();
  const rolled = search || (q.placeId && !within?.path) ? null : rolledPlaces(actor, q, within?.path ?? null);
  const where = q.status ? [...base, eq(submissions.status, q.status)] : base;
  const sort = q.sort ?? (search ? 'relevance' : 'newest');
  const order = [
    sort === 'oldest'
      ? asc(submissions.createdAt)
      : sort === 'due'
        ? // a stopped clock (议题审议中) is due nothing for now: after every running deadline
          sql`${submissions.clockStoppedAt} is not null, ${submissions.dueAt} asc nulls last`
        : sort === 'relevance' && search
          ? sql`${searchRank(search.plan, search.mode)} desc`
          : desc(submissions.createdAt),
    desc(submissions.createdAt),
    desc(submissions.id),
  ];
  const page = db
    .select({ id: submissions.id })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .where(and(...where))
    .orderBy(...order)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .as('page');
  const [rows, byStatus] = await Promise.all([
    db
      .select(summaryColumns)
      .from(page)
      .innerJoin(submissions, eq(submissions.id, page.id))
      .innerJoin(places, eq(places.id, submissions.placeId))
      .leftJoin(categories, eq(categories.id, submissions.categoryId))
      .orderBy(...order),
    statusCounts(db, q, now, base, rolled, filtersOver),
  ]);
  const counts = countsByStatus(byStatus);
  const totalAnyStatus = byStatus.reduce((a, r) => a + r.n, 0);
  const total = q.status ? (counts[q.status] ?? 0) : totalAnyStatus;
  return { rows, total, counts, totalAnyStatus };
}

/**
 * The counts by status under the inbox's conditions `base`: from the rollups of `rolled` where they
 * may stand for them (inbox-counts.ts), the days around their months under `filtersOver`; else one
 * grouped statement over the rows.
 */
function statusCounts(
  db: DbOrTx,
  q: ListSubmissionsInput,
  now: Date,
  base: SQL[],
  rolled: ReturnType<typeof rolledPlaces>,
  filtersOver: (range: { start: Date | undefined; end: Date | undefined }) => SQL[],
) {
  const live = (where: SQL[]) =>
    db
      .select({ status: submissions.status, n: count() })
      .from(submissions)
      .innerJoin(places, eq(places.id, submissions.placeId))
      .where(and(...where))
      .groupBy(submissions.status);
  return rolled ? rolledStatusCounts(db, rolled, q, now, filtersOver, live) : live(base);
}

export async function findVisibleSubmission(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select({ ...summaryColumns, s: submissions })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .leftJoin(categories, eq(categories.id, submissions.categoryId))
    .where(and(eq(submissions.id, id), visibleSubmissions(actor)));
  return row;
}
export type SubmissionRow = NonNullable<Awaited<ReturnType<typeof findVisibleSubmission>>>;

export const eventsOf = (db: DbOrTx, id: string) =>
  db.select().from(submissionEvents).where(eq(submissionEvents.submissionId, id)).orderBy(asc(submissionEvents.id));

export const photosOf = (db: DbOrTx, id: string) =>
  db.select({ id: submissionPhotos.id }).from(submissionPhotos).where(eq(submissionPhotos.submissionId, id));

export async function appendEvent(
  db: DbOrTx,
  e: {
    submissionId: string;
    kind: SubmissionEventKind;
    actorId?: string | null;
    actorName?: string | null;
    note?: string | null;
    isPublic?: boolean;
    data?: unknown;
  },
) {
  await db.insert(submissionEvents).values({
    submissionId: e.submissionId,
    kind: e.kind,
    actorId: e.actorId ?? null,
    actorName: e.actorName ?? null,
    note: e.note ?? null,
    isPublic: e.isPublic ?? false,
    data: e.data ?? null,
  });
}
