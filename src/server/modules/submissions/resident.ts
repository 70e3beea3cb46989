import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PublicOutcome } from '../../../shared/api/submissions-public';
import type { SubmissionEventKind } from '../../../shared/enums';
import { sortPlacesBy } from '../../../shared/place-order';
import { trackingCodeCandidates } from '../../../shared/tracking-code';
import type { DbOrTx } from '../../platform/db';
import { inSubtree, pathIds } from '../../platform/db/place-path';
import { categories, places, submissionEvents, submissionPhotos, submissions } from '../../platform/db/schema';
import { AppError, conflict, notFound } from '../../platform/errors';
import { deadlineDays } from './deadlines';
import { appendEvent } from './queries';
import { dueAtFor, eventParams, MAX_REOPENS } from './rules';

/** A name as the reader's script writes it (platform/text/script.ts); as entered when none is given. */
type Name = (name: string) => string;
const asEntered: Name = (name) => name;

/** A live place by its public code, as the resident's page shows it. */
export async function publicPlace(db: DbOrTx, code: string, name: Name = asEntered) {
  const [place] = await db
    .select()
    .from(places)
    .where(and(eq(places.code, code), isNull(places.archivedAt)));
  if (!place) throw notFound();
  const ancestorIds = pathIds(place.path);
  const [crumbs, cats, subPlaces] = await Promise.all([
    db.select({ id: places.id, name: places.name }).from(places).where(sql`${places.id} in ${ancestorIds}`),
    db
      .select({ id: categories.id, name: categories.name })
      .from(categories)
      .where(and(sql`${categories.placeId} in ${ancestorIds}`, isNull(categories.archivedAt)))
      .orderBy(asc(categories.sortOrder), asc(categories.name)),
    db
      .select({ id: places.id, name: places.name, kind: places.kind, depth: places.depth })
      .from(places)
      .where(
        and(
          inSubtree(places.path, place.path),
          sql`${places.id} <> ${place.id}`,
          isNull(places.archivedAt),
          sql`${places.depth} <= ${place.depth + 2}`,
        ),
      )
      .orderBy(asc(places.depth), asc(places.name))
      .limit(200),
  ]);
  const names = new Map(crumbs.map((c) => [c.id, name(c.name)]));
  return {
    place: { ...place, name: name(place.name) },
    path: ancestorIds.map((id) => names.get(id) ?? ''),
    categories: cats.map((c) => ({ ...c, name: name(c.name) })),
    // 第二网格 before 第十网格: as people count, not as characters sort
    subPlaces: sortPlacesBy(subPlaces, (p) => p.depth).map(({ depth: _, ...p }) => ({ ...p, name: name(p.name) })),
  };
}

// Steps a resident sees: what happened, with the public note (a reply, a reason to decline).
const PUBLIC_KINDS = new Set([
  'submitted',
  'to_grid',
  'to_community',
  'to_township',
  'to_department',
  'merge',
  'decline',
  'reply',
  'solve',
  'rated',
  'reopen',
  'topic', // 列为议题: the township council took it up
  'topic_unlinked', // 移出议题: the topic was turned down or withdrawn; the item goes on being handled
  'outcome_carried_out', // 已落实: the outcome of its topic was carried out, and it closed with it
]);

/** A step the resident's tracking page shows: a public kind; a reply only when it was public. */
export const isPublicStep = (e: { kind: SubmissionEventKind; isPublic: boolean }) =>
  PUBLIC_KINDS.has(e.kind) && (e.kind !== 'reply' || e.isPublic);

/**
 * The outcomes (协商成果) a resident sees beside their submission. The outcomes module, above this
 * one, answers it; the app hands it in, so submissions never import a module above them.
 */
export type PublicOutcomesOf = (
  db: DbOrTx,
  s: { id: string; mergedIntoId: string | null },
) => Promise<z.output<typeof PublicOutcome>[]>;

/**
 * The condition finding a submission by its tracking code as a resident typed it (case, spaces,
 * full-width and look-alike characters read through). Throws 404 when it cannot be a code at all.
 */
function byTypedCode(typed: string) {
  const candidates = trackingCodeCandidates(typed);
  if (candidates.length === 0) throw notFound();
  return inArray(submissions.trackingCode, candidates);
}

/** The one row a typed code stands for: two readings of its look-alikes both stored (unlikely) find neither. */
function theOne<T>(rows: T[]): T {
  if (rows.length !== 1) throw notFound();
  return rows[0] as T;
}

/**
 * The places a submission's own place lies in, from below the district down to it (东湖街道 · 桃园社区 ·
 * 第一网格): a grid alone does not tell a resident (or whoever they show it to) where it is.
 */
async function placeTrail(db: DbOrTx, placePath: string) {
  const ids = pathIds(placePath);
  const rows = await db
    .select({ id: places.id, name: places.name, kind: places.kind })
    .from(places)
    .where(inArray(places.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    return p && p.kind !== 'district' ? [p.name] : [];
  });
}

/**
 * The resident's own photos of a submission. The tracking code is what the resident holds (like a
 * receipt): whoever has it sees what they sent — never the phone number or name, which stay inside.
 */
export async function publicPhotos(db: DbOrTx, submissionId: string) {
  return db
    .select({ id: submissionPhotos.id, fileName: submissionPhotos.fileName })
    .from(submissionPhotos)
    .where(eq(submissionPhotos.submissionId, submissionId))
    .orderBy(asc(submissionPhotos.createdAt), asc(submissionPhotos.id));
}

/** The submission a typed tracking code stands for (404 when none or more than one). */
export async function submissionByTypedCode(db: DbOrTx, trackingCode: string) {
  return theOne(await db.select().from(submissions).where(byTypedCode(trackingCode)).limit(2));
}

export async function publicSubmission(
  db: DbOrTx,
  trackingCode: string,
  publicOutcomesOf: PublicOutcomesOf,
  name: Name = asEntered,
) {
  const row = theOne(
    await db
      .select({ s: submissions, placeName: places.name, placePath: places.path, category: categories.name })
      .from(submissions)
      .innerJoin(places, eq(places.id, submissions.placeId))
      .leftJoin(categories, eq(categories.id, submissions.categoryId))
      .where(byTypedCode(trackingCode))
      .limit(2),
  );
  const events = await db
    .select()
    .from(submissionEvents)
    .where(eq(submissionEvents.submissionId, row.s.id))
    .orderBy(asc(submissionEvents.id));
  const s = row.s;
  const [outcomes, trail, photos] = await Promise.all([
    publicOutcomesOf(db, s),
    placeTrail(db, row.placePath),
    publicPhotos(db, s.id),
  ]);
  const shown = events.filter(isPublicStep);
  return {
    trackingCode: s.trackingCode,
    status: s.status,
    placeName: name(row.placeName),
    placePath: trail.map(name),
    category: row.category === null ? null : name(row.category),
    photos: photos.map((p) => ({ id: p.id, url: `/api/public/submissions/${s.trackingCode}/photos/${p.id}` })),
    content: s.content,
    createdAt: s.createdAt,
    // an internal reply is a note among staff, not a step the resident sees
    steps: shown.map((e) => ({
      at: e.at,
      kind: e.kind,
      note: e.isPublic ? e.note : null,
      params: e.isPublic ? eventParams(e.kind, e.data) : null,
    })),
    rating:
      s.ratedAt && s.satisfaction !== null
        ? { solved: s.residentSaysSolved ?? false, satisfaction: s.satisfaction, comment: s.ratingComment }
        : null,
    canRate: s.status === 'solved' && !s.ratedAt,
    canReopen: s.status === 'solved' && s.reopenCount < MAX_REOPENS && s.residentSaysSolved === false,
    outcomes,
    // reopened, it is being handled again: the steps still tell what was carried out
    carriedOut: s.status === 'solved' ? carriedOutBy(shown, outcomes) : null,
  };
}

type ShownEvent = { kind: SubmissionEventKind; data: unknown; isPublic: boolean };

/**
 * What was carried out, when the submission closed with its topic's outcome (已落实): the outcome's
 * title and its consensus as the public outcomes show them (the step's words when it is not among them).
 */
export function carriedOutBy(events: readonly ShownEvent[], outcomes: readonly z.output<typeof PublicOutcome>[]) {
  const closing = events.findLast((e) => e.kind === 'outcome_carried_out' && e.isPublic);
  const params = closing && eventParams(closing.kind, closing.data);
  if (!params?.outcomeCode) return null;
  const outcome = outcomes.find((o) => o.code === params.outcomeCode);
  return {
    code: params.outcomeCode,
    title: outcome?.title ?? params.outcomeTitle ?? '',
    consensus: outcome?.consensus ?? [],
  };
}

async function loadForResident(db: DbOrTx, trackingCode: string) {
  return theOne(await db.select().from(submissions).where(byTypedCode(trackingCode)).limit(2).for('update'));
}

/** "Was it solved?" — once, after it is marked solved. */
export async function rateSubmission(
  db: DbOrTx,
  trackingCode: string,
  r: { solved: boolean; satisfaction: number; comment?: string | undefined },
) {
  await db.transaction(async (tx) => {
    const s = await loadForResident(tx, trackingCode);
    if (s.status !== 'solved' || s.ratedAt) throw conflict('rating_closed');
    await tx
      .update(submissions)
      .set({
        residentSaysSolved: r.solved,
        satisfaction: r.satisfaction,
        ratingComment: r.comment ?? null,
        ratedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(submissions.id, s.id));
    await appendEvent(tx, { submissionId: s.id, kind: 'rated', isPublic: true, note: r.comment ?? null, data: r });
  });
}

/** An unsatisfied resident sends it back to be sorted again, once. */
export async function reopenSubmission(db: DbOrTx, trackingCode: string, reason: string | undefined) {
  await db.transaction(async (tx) => {
    const s = await loadForResident(tx, trackingCode);
    if (s.status !== 'solved' || s.residentSaysSolved !== false) throw new AppError(409, 'rating_closed');
    if (s.reopenCount >= MAX_REOPENS) throw conflict('reopen_used');
    const now = new Date();
    await tx
      .update(submissions)
      .set({
        status: 'received',
        reopenCount: s.reopenCount + 1,
        solvedAt: null,
        ratedAt: null,
        residentSaysSolved: null,
        satisfaction: null,
        ratingComment: null,
        dueAt: dueAtFor('received', now, await deadlineDays(tx)),
        updatedAt: now,
      })
      .where(eq(submissions.id, s.id));
    await appendEvent(tx, { submissionId: s.id, kind: 'reopen', isPublic: true, note: reason ?? null });
  });
}
