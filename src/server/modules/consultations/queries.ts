import { and, asc, eq, type SQL } from 'drizzle-orm';
import { OUTCOME_ROLES } from '../../../shared/access/outcomes';
import { type Actor, reachOf } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { inSubtree } from '../../platform/db/place-path';
import {
  accounts,
  consensusItems,
  consultationSteps,
  consultations,
  dissents,
  opinions,
  outcomes,
  participants,
  places,
} from '../../platform/db/schema';
import { visibleConsultations } from './policy';

/** What other modules need of a consultation: its identity, place, topic and whether the actor is invited. */
export type ConsultationRef = Awaited<ReturnType<typeof refQuery>>[number] & { isInvited: boolean };

const refColumns = {
  id: consultations.id,
  code: consultations.code,
  title: consultations.title,
  form: consultations.form,
  status: consultations.status,
  startsAt: consultations.startsAt,
  endsAt: consultations.endsAt,
  placeId: consultations.placeId,
  placePath: places.path,
  placeName: places.name,
  topicId: consultations.topicId,
  publicToken: consultations.publicToken,
};

const refQuery = (db: DbOrTx, where: SQL) =>
  db
    .select(refColumns)
    .from(consultations)
    .innerJoin(places, eq(places.id, consultations.placeId))
    .where(where)
    .limit(1);

/** A consultation the actor can see (by reach, or invited), else undefined — callers answer 404. */
export async function findVisibleConsultation(
  db: DbOrTx,
  actor: Actor,
  id: string,
): Promise<ConsultationRef | undefined> {
  const [row] = await refQuery(db, and(eq(consultations.id, id), visibleConsultations(actor)) as SQL);
  if (!row) return undefined;
  const [invite] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.consultationId, id), eq(participants.accountId, actor.id)))
    .limit(1);
  return { ...row, isInvited: Boolean(invite) };
}

/** The online consultation behind a public link (/o/<token>); the public never counts as invited. */
export async function findConsultationByPublicToken(db: DbOrTx, token: string): Promise<ConsultationRef | undefined> {
  const [row] = await refQuery(db, eq(consultations.publicToken, token));
  return row && { ...row, isInvited: false };
}

/** The numbered consensus items (共识) of a consultation, in order. */
export const listConsensusItems = (db: DbOrTx, consultationId: string) =>
  db
    .select({ id: consensusItems.id, number: consensusItems.number, text: consensusItems.text })
    .from(consensusItems)
    .where(eq(consensusItems.consultationId, consultationId))
    .orderBy(asc(consensusItems.number));

export const participantColumns = {
  id: participants.id,
  name: participants.name,
  affiliation: participants.affiliation,
  kind: participants.kind,
  accountId: participants.accountId,
  isInvited: participants.isInvited,
  attendedAt: participants.attendedAt,
  attendanceMethod: participants.attendanceMethod,
};

const stepColumns = {
  id: consultationSteps.id,
  position: consultationSteps.position,
  name: consultationSteps.name,
  isRequired: consultationSteps.isRequired,
  phase: consultationSteps.phase,
  output: consultationSteps.output,
  completedAt: consultationSteps.completedAt,
  completedById: accounts.id,
  completedByName: accounts.displayName,
};

/** The steps with who completed each, in order. */
export async function stepsOf(db: DbOrTx, consultationId: string, stepId?: string) {
  const rows = await db
    .select(stepColumns)
    .from(consultationSteps)
    .leftJoin(accounts, eq(accounts.id, consultationSteps.completedById))
    .where(
      stepId
        ? and(eq(consultationSteps.consultationId, consultationId), eq(consultationSteps.id, stepId))
        : eq(consultationSteps.consultationId, consultationId),
    )
    .orderBy(asc(consultationSteps.position));
  return rows.map(({ completedById, completedByName, ...s }) => ({
    ...s,
    completedBy: completedById && completedByName ? { id: completedById, displayName: completedByName } : null,
  }));
}

export const participantsOf = (db: DbOrTx, consultationId: string) =>
  db
    .select(participantColumns)
    .from(participants)
    .where(eq(participants.consultationId, consultationId))
    .orderBy(asc(participants.createdAt), asc(participants.name));

/** What an opinion shows: who said it, for or against, and when. */
export const opinionColumns = {
  id: opinions.id,
  participantId: opinions.participantId,
  speakerName: opinions.speakerName,
  stance: opinions.stance,
  text: opinions.text,
  createdAt: opinions.createdAt,
};

export const opinionsOf = (db: DbOrTx, consultationId: string) =>
  db
    .select(opinionColumns)
    .from(opinions)
    .where(eq(opinions.consultationId, consultationId))
    .orderBy(asc(opinions.createdAt));

export const dissentsOf = (db: DbOrTx, consultationId: string) =>
  db
    .select({
      id: dissents.id,
      consensusItemId: dissents.consensusItemId,
      holderName: dissents.holderName,
      text: dissents.text,
    })
    .from(dissents)
    .where(eq(dissents.consultationId, consultationId))
    .orderBy(asc(dissents.createdAt));

/**
 * The outcomes (协商成果) drawn from a consultation that the actor reads by reach (the outcomes'
 * read roles): where the steps held after the meeting are carried out. The outcomes module sits
 * above this one, so the roles come from their shared table rather than its policy.
 */
export const outcomesOf = (db: DbOrTx, actor: Actor, consultationId: string) =>
  db
    .select({ id: outcomes.id, code: outcomes.code, title: outcomes.title, status: outcomes.status })
    .from(outcomes)
    .innerJoin(places, eq(places.id, outcomes.placeId))
    .where(and(eq(outcomes.consultationId, consultationId), inSubtree(places.path, reachOf(actor, OUTCOME_ROLES.read))))
    .orderBy(asc(outcomes.createdAt), asc(outcomes.code));
