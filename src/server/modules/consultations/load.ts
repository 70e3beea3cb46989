import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { consultations } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import { attachments } from './attachments';
import { organiserOf } from './organisers';
import { presentConsultationDetail } from './present';
import {
  type ConsultationRef,
  dissentsOf,
  listConsensusItems,
  opinionsOf,
  outcomesOf,
  participantsOf,
  stepsOf,
} from './queries';
import type { ConsultationDetailOut } from './schemas';
import { findSummary } from './summaries';

/** The consultation page, read in one round of queries and presented for the actor. */
export async function loadConsultationDetail(
  db: DbOrTx,
  actor: Actor,
  ref: ConsultationRef,
  publicUrl: string,
  now = new Date(),
): Promise<ConsultationDetailOut> {
  const [summary, [row], steps, participants, opinions, consensus, dissents, files, outcomes, group] =
    await Promise.all([
      findSummary(db, ref.id),
      db.select().from(consultations).where(eq(consultations.id, ref.id)),
      stepsOf(db, ref.id),
      participantsOf(db, ref.id),
      opinionsOf(db, ref.id),
      listConsensusItems(db, ref.id),
      dissentsOf(db, ref.id),
      attachments.list(db, ref.id),
      outcomesOf(db, actor, ref.id),
      organiserOf(db, ref.id),
    ]);
  if (!summary || !row) throw notFound();
  const parts = { summary, row, steps, participants, opinions, consensus, dissents, files, outcomes, group };
  return presentConsultationDetail(actor, ref, publicUrl, parts, now);
}
