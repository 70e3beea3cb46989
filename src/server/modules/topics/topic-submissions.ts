// The submissions behind topics: linked ones, candidates to link, and the pool for grid screening.
import { and, asc, count, desc, eq, gte, inArray, isNull, type SQL } from 'drizzle-orm';
import type { SubmissionStatus } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { inSubtree } from '../../platform/db/place-path';
import { places, submissions, topicSubmissions } from '../../platform/db/schema';
import { matchesText, OPEN_STATUSES, visibleSubmissions } from '../submissions';
import { withinPlace } from './queries';
import type { CandidatesInput } from './schemas';

const briefColumns = {
  id: submissions.id,
  trackingCode: submissions.trackingCode,
  content: submissions.content,
  status: submissions.status,
  place: { id: places.id, name: places.name },
  createdAt: submissions.createdAt,
};

/** The topic's submissions the actor can see, oldest first. */
export const linkedSubmissions = (db: DbOrTx, actor: Actor, topicId: string) =>
  db
    .select(briefColumns)
    .from(topicSubmissions)
    .innerJoin(submissions, eq(submissions.id, topicSubmissions.submissionId))
    .innerJoin(places, eq(places.id, submissions.placeId))
    .where(and(eq(topicSubmissions.topicId, topicId), visibleSubmissions(actor)))
    .orderBy(asc(submissions.createdAt));

/** Open, visible, and in no topic yet: what may still become (part of) a topic. */
const unclaimed = (actor: Actor, statuses: readonly SubmissionStatus[]): SQL[] => [
  visibleSubmissions(actor),
  inArray(submissions.status, [...statuses]),
  isNull(topicSubmissions.submissionId),
];

/** Items sorted to a council (社区议事 / 街道议事) that no topic holds yet, newest first: "from submissions". */
export async function candidateSubmissions(db: DbOrTx, actor: Actor, q: CandidatesInput) {
  const where = unclaimed(actor, ['township', 'community']);
  if (q.placeId) where.push(withinPlace(q.placeId));
  if (q.q) where.push(matchesText(q.q));
  const from = () =>
    db
      .select(briefColumns)
      .from(submissions)
      .innerJoin(places, eq(places.id, submissions.placeId))
      .leftJoin(topicSubmissions, eq(topicSubmissions.submissionId, submissions.id));
  const [items, [total]] = await Promise.all([
    from()
      .where(and(...where))
      .orderBy(desc(submissions.createdAt), desc(submissions.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: count() })
      .from(submissions)
      .innerJoin(places, eq(places.id, submissions.placeId))
      .leftJoin(topicSubmissions, eq(topicSubmissions.submissionId, submissions.id))
      .where(and(...where)),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Grid screening looks back this far … */
export const SCREENING_DAYS = 90;
/** … at no more than this many open items, the newest first. */
export const SCREENING_POOL = 500;

/** Open items in the place's subtree from the last SCREENING_DAYS days that no topic holds, with their terms. */
export const screeningPool = (db: DbOrTx, actor: Actor, placePath: string, now: Date) =>
  db
    .select({
      ...briefColumns,
      categoryId: submissions.categoryId,
      terms: submissions.searchTerms,
      termsVersion: submissions.searchTermsVersion,
    })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .leftJoin(topicSubmissions, eq(topicSubmissions.submissionId, submissions.id))
    .where(
      and(
        ...unclaimed(actor, OPEN_STATUSES),
        inSubtree(places.path, [placePath]),
        gte(submissions.createdAt, new Date(now.getTime() - SCREENING_DAYS * 86_400_000)),
      ),
    )
    .orderBy(desc(submissions.createdAt), desc(submissions.id))
    .limit(SCREENING_POOL);
