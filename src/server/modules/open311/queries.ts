import { and, asc, desc, eq, gte, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { SubmissionStatus } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { inSubtree, pathIds } from '../../platform/db/place-path';
import { categories, places, submissionEvents, submissions } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { isPublicStep } from '../submissions';

/** At most this many requests in one answer (the spec's default page). */
export const MAX_REQUESTS = 1000;

/** Open311's two statuses: every status still being handled is open. */
export const STATUSES_OF = {
  open: ['received', 'grid', 'community', 'township', 'department'],
  closed: ['solved', 'merged', 'declined'],
} as const satisfies Record<'open' | 'closed', readonly SubmissionStatus[]>;

export type Jurisdiction = { id: string; path: string; name: string };

/** The live place whose code is the jurisdiction_id, or 404. */
export async function findJurisdiction(db: DbOrTx, code: string): Promise<Jurisdiction> {
  const [place] = await db
    .select({ id: places.id, path: places.path, name: places.name })
    .from(places)
    .where(and(eq(places.code, code), isNull(places.archivedAt)));
  if (!place) throw new AppError(404, 'open311_unknown_jurisdiction');
  return place;
}

/** The categories offered at a place (configured there or above it), as the residents' page lists them. */
export async function offeredCategories(db: DbOrTx, place: Jurisdiction) {
  return db
    .select({ id: categories.id, name: categories.name, placeName: places.name })
    .from(categories)
    .innerJoin(places, eq(places.id, categories.placeId))
    .where(and(sql`${categories.placeId} in ${pathIds(place.path)}`, isNull(categories.archivedAt)))
    .orderBy(asc(categories.sortOrder), asc(categories.name));
}

export type RequestFilter = {
  ids?: string[];
  categoryId?: string;
  start?: Date;
  end?: Date;
  statuses?: readonly SubmissionStatus[];
};

/**
 * Submissions of a place's subtree (or anywhere, without one), newest first, with only what Open311
 * publishes: id, category, place, status and the public steps. Neither the tracking code (the
 * resident's secret) nor the content is read.
 */
export async function findPublicRequests(db: DbOrTx, place: Jurisdiction | null, f: RequestFilter) {
  const where: SQL[] = [];
  if (place) where.push(inSubtree(places.path, place.path));
  if (f.ids) where.push(f.ids.length ? inArray(submissions.id, f.ids) : sql`false`);
  if (f.categoryId) where.push(eq(submissions.categoryId, f.categoryId));
  if (f.start) where.push(gte(submissions.createdAt, f.start));
  if (f.end) where.push(lt(submissions.createdAt, f.end));
  if (f.statuses) where.push(inArray(submissions.status, [...f.statuses]));
  const rows = await db
    .select({
      id: submissions.id,
      status: submissions.status,
      createdAt: submissions.createdAt,
      categoryId: submissions.categoryId,
      categoryName: categories.name,
      placePath: places.path,
    })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .leftJoin(categories, eq(categories.id, submissions.categoryId))
    .where(and(...where))
    .orderBy(desc(submissions.createdAt), desc(submissions.id))
    .limit(MAX_REQUESTS);
  if (rows.length === 0) return [];
  const [events, names] = await Promise.all([
    db
      .select({
        submissionId: submissionEvents.submissionId,
        kind: submissionEvents.kind,
        isPublic: submissionEvents.isPublic,
        data: submissionEvents.data,
        at: submissionEvents.at,
      })
      .from(submissionEvents)
      .where(
        inArray(
          submissionEvents.submissionId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(submissionEvents.id)),
    placeNames(
      db,
      rows.map((r) => r.placePath),
    ),
  ]);
  const lastStep = new Map<string, (typeof events)[number]>();
  for (const e of events) if (isPublicStep(e)) lastStep.set(e.submissionId, e);
  return rows.map((r) => ({
    ...r,
    address: pathIds(r.placePath)
      .map((id) => names.get(id) ?? '')
      .join(' '),
    lastStep: lastStep.get(r.id) ?? null,
  }));
}

export type PublicRequestRow = Awaited<ReturnType<typeof findPublicRequests>>[number];

async function placeNames(db: DbOrTx, paths: string[]) {
  const ids = [...new Set(paths.flatMap(pathIds))];
  const rows = await db.select({ id: places.id, name: places.name }).from(places).where(inArray(places.id, ids));
  return new Map(rows.map((p) => [p.id, p.name]));
}
