import { and, asc, count, desc, eq, gte, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import {
  type PlaceKind,
  SUBMISSION_STATUSES,
  type SubmissionEventKind,
  type SubmissionStatus,
} from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { countsByStatus as countsOf } from '../../platform/db/counts';
import { inSubtree, inSubtreeOfPlace, pathAtDepth } from '../../platform/db/place-path';
import { categories, places, submissionEvents, submissionPhotos, submissions } from '../../platform/db/schema';
import { gramFrequency, rarestGrams } from './gram-frequency';
import { visibleSubmissions } from './policy';
import type { ListSubmissionsInput } from './schemas';
import { grams, indexableGrams, normalize } from './text';

/** Statuses in which work is still open (a deadline runs, it can be overdue). */
export const OPEN_STATUSES = [
  'received',
  'grid',
  'community',
  'township',
  'department',
] as const satisfies readonly SubmissionStatus[];

const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

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
  departmentId: submissions.departmentId,
};

/** Every submission status with its count, zero where there is none. */
export const countsByStatus = (rows: { status: SubmissionStatus; n: number }[]) => countsOf(SUBMISSION_STATUSES, rows);

/** Text search across 简/繁: every gram of the query, then the exact normalised substring; or a tracking code. */
export function matchesText(q: string): SQL {
  const n = normalize(q);
  const g = indexableGrams(grams(n));
  const substring = sql`${submissions.searchText} like ${`%${n.replace(/[\\%_]/g, '\\$&')}%`}`;
  const holdsGrams = sql`${submissions.searchGrams} @> ${textArray(g)}`;
  // a query that is one bigram (路灯) is found exactly by its gram: the substring check would only
  // repeat it, and make the planner expect a tenth of the rows it gets
  const text = g.length === 1 && g[0] === n ? holdsGrams : g.length ? (and(holdsGrams, substring) as SQL) : substring;
  // a tracking code read out over the phone finds its submission too
  return /^[a-z0-9]{12}$/i.test(q.trim())
    ? (or(text, eq(submissions.trackingCode, q.trim().toUpperCase())) as SQL)
    : text;
}

function filters(actor: Actor, q: Omit<ListSubmissionsInput, 'status'>, now: Date): SQL[] {
  const where: SQL[] = [visibleSubmissions(actor)];
  if (q.placeId) where.push(inSubtreeOfPlace(places.path, q.placeId));
  if (q.categoryId) where.push(eq(submissions.categoryId, q.categoryId));
  if (q.channel) where.push(eq(submissions.channel, q.channel));
  if (q.from) where.push(gte(submissions.createdAt, q.from));
  if (q.to) where.push(lt(submissions.createdAt, q.to));
  if (q.overdue) where.push(inArray(submissions.status, OPEN_STATUSES), lt(submissions.dueAt, now));
  if (q.q) where.push(matchesText(q.q));
  return where;
}

/**
 * One page of the inbox, with counts per status under the same filters. Both visit every
 * matching row, so they run side by side; the page picks its ids from narrow rows and joins the
 * columns it shows for those alone.
 */
export async function listVisibleSubmissions(db: DbOrTx, actor: Actor, q: ListSubmissionsInput, now: Date) {
  const base = filters(actor, q, now);
  const where = q.status ? [...base, eq(submissions.status, q.status)] : base;
  const order = [
    q.sort === 'oldest'
      ? asc(submissions.createdAt)
      : q.sort === 'due'
        ? sql`${submissions.dueAt} asc nulls last`
        : desc(submissions.createdAt),
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
    db
      .select({ status: submissions.status, n: count() })
      .from(submissions)
      .innerJoin(places, eq(places.id, submissions.placeId))
      .where(and(...base))
      .groupBy(submissions.status),
  ]);
  const counts = countsByStatus(byStatus);
  const total = q.status ? (counts[q.status] ?? 0) : byStatus.reduce((a, r) => a + r.n, 0);
  return { rows, total, counts };
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

// Bounds on the near-duplicate lookup: candidates hold one of the submission's LOOKUP_GRAMS
// rarest grams, and the newest CANDIDATES of them are scored. On 200,000 texts made from templates
// (bench:similar), 6 grams find 99.5% of the exact top five's similarity from ~300 candidates.
const LOOKUP_GRAMS = 6;
const CANDIDATES = 1000;

/**
 * Near-duplicates in the same township (or whatever the top two levels below the district are),
 * ranked by Jaccard similarity of their grams, computed in SQL. Only candidates are scored:
 * submissions in the township's places (the place index) holding one of the submission's rarest
 * grams (the gram index), the newest first.
 */
export async function similarSubmissions(
  db: DbOrTx,
  actor: Actor,
  s: { id: string; grams: string[]; placePath: string },
  limit = 5,
) {
  if (s.grams.length === 0) return [];
  const townPlaces = db
    .select({ id: places.id })
    .from(places)
    .where(inSubtree(places.path, pathAtDepth(s.placePath, 2)));
  const lookup = rarestGrams(s.grams, await gramFrequency(db), LOOKUP_GRAMS);
  const candidates = db.$with('candidates').as(
    db
      .select({
        id: submissions.id,
        trackingCode: submissions.trackingCode,
        content: submissions.content,
        status: submissions.status,
        grams: submissions.searchGrams,
        placeId: sql<string>`${places.id}`.as('place_id'),
        placeName: sql<string>`${places.name}`.as('place_name'),
        placeKind: sql<PlaceKind>`${places.kind}`.as('place_kind'),
      })
      .from(submissions)
      .innerJoin(places, eq(places.id, submissions.placeId))
      .where(
        and(
          sql`${submissions.placeId} = any(array(${townPlaces}))`,
          sql`${submissions.searchGrams} && ${textArray(lookup)}`,
          ne(submissions.id, s.id),
          ne(submissions.status, 'merged'),
          visibleSubmissions(actor),
        ),
      )
      .orderBy(desc(submissions.createdAt))
      .limit(CANDIDATES),
  );
  // the grams each candidate shares with the submission, counted once per candidate
  const overlap = db
    .select({ shared: sql<number>`count(*)::int`.as('shared') })
    .from(sql`unnest(${candidates.grams}) as g`)
    .where(sql`g = any(${textArray(s.grams)})`)
    .as('overlap');
  const score = sql<number>`${overlap.shared}::float / (cardinality(${candidates.grams}) + ${s.grams.length} - ${overlap.shared})`;
  const rows = await db
    .with(candidates)
    .select({
      id: candidates.id,
      trackingCode: candidates.trackingCode,
      content: candidates.content,
      status: candidates.status,
      similarity: score,
      place: { id: candidates.placeId, name: candidates.placeName, kind: candidates.placeKind },
    })
    .from(candidates)
    .crossJoinLateral(overlap)
    .orderBy(desc(score))
    .limit(limit);
  return rows.filter((r) => r.similarity >= 0.25);
}

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
