import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import {
  accounts,
  consultationFiles,
  consultationSteps,
  consultations,
  dissents,
  opinions,
  participants,
} from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import { canConsultation, consultationAbilities } from './policy';
import { type ConsultationRef, listConsensusItems } from './queries';
import type { ConsultationDetailOut } from './schemas';
import { findSummary } from './summaries';

/** Absolute links: the attendance QR code (/a/<token>) and the online consultation's page (/o/<token>). */
export const signInLink = (publicUrl: string, token: string) => `${publicUrl}/a/${token}`;
export const publicLink = (publicUrl: string, token: string) => `${publicUrl}/o/${token}`;

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

export const stepColumns = {
  id: consultationSteps.id,
  position: consultationSteps.position,
  name: consultationSteps.name,
  isRequired: consultationSteps.isRequired,
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

export const opinionsOf = (db: DbOrTx, consultationId: string) =>
  db
    .select({
      id: opinions.id,
      participantId: opinions.participantId,
      speakerName: opinions.speakerName,
      stance: opinions.stance,
      text: opinions.text,
      createdAt: opinions.createdAt,
    })
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

const filesOf = (db: DbOrTx, consultationId: string) =>
  db
    .select({
      id: consultationFiles.id,
      fileName: consultationFiles.fileName,
      mimeType: consultationFiles.mimeType,
      bytes: consultationFiles.bytes,
      createdAt: consultationFiles.createdAt,
    })
    .from(consultationFiles)
    .where(eq(consultationFiles.consultationId, consultationId))
    .orderBy(asc(consultationFiles.createdAt));

/** The consultation page: the record, the links and what the viewer may do. */
export async function presentDetail(
  db: DbOrTx,
  actor: Actor,
  ref: ConsultationRef,
  publicUrl: string,
  now = new Date(),
): Promise<ConsultationDetailOut> {
  const [summary, [row], steps, people, said, consensus, dissent, files] = await Promise.all([
    findSummary(db, ref.id),
    db.select().from(consultations).where(eq(consultations.id, ref.id)),
    stepsOf(db, ref.id),
    participantsOf(db, ref.id),
    opinionsOf(db, ref.id),
    listConsensusItems(db, ref.id),
    dissentsOf(db, ref.id),
    filesOf(db, ref.id),
  ]);
  if (!summary || !row) throw notFound();
  const me = people.find((p) => p.accountId === actor.id) ?? null;
  return {
    ...summary,
    preStudy: row.preStudy,
    summary: row.summary,
    procedureName: row.procedureName,
    cancelReason: row.cancelReason,
    concludedAt: row.concludedAt,
    signInUrl: canConsultation(actor, 'manage', ref) ? signInLink(publicUrl, row.signInToken) : null,
    publicUrl: row.form === 'online' && row.publicToken ? publicLink(publicUrl, row.publicToken) : null,
    steps,
    participants: people,
    opinions: said,
    consensus,
    dissents: dissent,
    files,
    abilities: consultationAbilities(actor, { ...ref, status: row.status, startsAt: row.startsAt }, me, now),
  };
}
