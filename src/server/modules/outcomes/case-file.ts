import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { consultations, outcomes, places, submissions, topicSubmissions } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import { findVisibleConsultation, visibleConsultations } from '../consultations';
import { visibleSubmissions } from '../submissions';
import { findVisibleTopic } from '../topics';
import { visibleOutcomes } from './policy';
import { findVisibleOutcome } from './queries';
import type { CaseFileKind } from './schemas';

/** The topic a submission feeds: its own link, else the link of the submission it was merged into. */
async function topicOfSubmission(db: DbOrTx, s: { id: string; mergedIntoId: string | null }) {
  const ids = s.mergedIntoId ? [s.id, s.mergedIntoId] : [s.id];
  const links = await db
    .select({ topicId: topicSubmissions.topicId, submissionId: topicSubmissions.submissionId })
    .from(topicSubmissions)
    .where(inArray(topicSubmissions.submissionId, ids));
  return (links.find((l) => l.submissionId === s.id) ?? links[0])?.topicId ?? null;
}

/** The starting record, which the actor must see (404 otherwise), and the topic its chain hangs on. */
async function start(db: DbOrTx, actor: Actor, kind: CaseFileKind, id: string) {
  switch (kind) {
    case 'submission': {
      const [s] = await db
        .select({ id: submissions.id, mergedIntoId: submissions.mergedIntoId })
        .from(submissions)
        .innerJoin(places, eq(places.id, submissions.placeId))
        .where(and(eq(submissions.id, id), visibleSubmissions(actor)));
      if (!s) throw notFound();
      return { topicId: await topicOfSubmission(db, s), submissionId: s.id };
    }
    case 'topic': {
      const t = await findVisibleTopic(db, actor, id);
      if (!t) throw notFound();
      return { topicId: t.id };
    }
    case 'consultation': {
      const c = await findVisibleConsultation(db, actor, id);
      if (!c) throw notFound();
      return { topicId: c.topicId };
    }
    case 'outcome': {
      const o = await findVisibleOutcome(db, actor, id);
      if (!o) throw notFound();
      const [c] = await db
        .select({ topicId: consultations.topicId })
        .from(consultations)
        .where(eq(consultations.id, o.consultationId));
      return { topicId: c?.topicId ?? null };
    }
  }
}

const submissionColumns = {
  id: submissions.id,
  trackingCode: submissions.trackingCode,
  content: submissions.content,
  status: submissions.status,
};

/**
 * One case file (案卷): from any submission, topic, consultation or outcome, the whole chain
 * submissions ↔ topic ↔ consultations ↔ outcomes — each record only if the actor may see it.
 */
export async function caseFile(db: DbOrTx, actor: Actor, kind: CaseFileKind, id: string) {
  const from = await start(db, actor, kind, id);
  const own =
    'submissionId' in from && from.submissionId
      ? await db.select(submissionColumns).from(submissions).where(eq(submissions.id, from.submissionId))
      : [];
  const { topicId } = from;
  if (!topicId) return { submissions: own, topic: null, consultations: [], outcomes: [] };

  const [linked, topic, held, sent] = await Promise.all([
    db
      .select(submissionColumns)
      .from(topicSubmissions)
      .innerJoin(submissions, eq(submissions.id, topicSubmissions.submissionId))
      .innerJoin(places, eq(places.id, submissions.placeId))
      .where(and(eq(topicSubmissions.topicId, topicId), visibleSubmissions(actor)))
      .orderBy(asc(submissions.createdAt)),
    findVisibleTopic(db, actor, topicId),
    db
      .select({
        id: consultations.id,
        code: consultations.code,
        title: consultations.title,
        status: consultations.status,
        startsAt: consultations.startsAt,
      })
      .from(consultations)
      .innerJoin(places, eq(places.id, consultations.placeId))
      .where(and(eq(consultations.topicId, topicId), visibleConsultations(actor)))
      .orderBy(asc(consultations.startsAt)),
    db
      .select({
        id: outcomes.id,
        code: outcomes.code,
        title: outcomes.title,
        type: outcomes.type,
        status: outcomes.status,
      })
      .from(outcomes)
      .innerJoin(places, eq(places.id, outcomes.placeId))
      .innerJoin(consultations, eq(consultations.id, outcomes.consultationId))
      .where(and(eq(consultations.topicId, topicId), visibleOutcomes(actor)) as SQL)
      .orderBy(asc(outcomes.createdAt)),
  ]);
  // a merged submission reaches the topic through its target: it still heads its own case file
  const extra = own.filter((s) => !linked.some((l) => l.id === s.id));
  return {
    submissions: [...extra, ...linked],
    topic: topic ? { id: topic.id, code: topic.code, title: topic.title, status: topic.status } : null,
    consultations: held,
    outcomes: sent,
  };
}
