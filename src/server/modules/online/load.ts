import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { type ConsultationRef, canConsultation } from '../consultations';
import { findTopicById } from '../topics';
import { presentOnlineView, presentPublicOnlineView, type Said } from './present';
import { listStatements, listVoterBursts, listVotes } from './queries';
import type { OnlineViewResponse, PublicOnlineViewResponse } from './schemas';

async function loadSaid(db: DbOrTx, consultationId: string): Promise<Said> {
  const [rows, votes] = await Promise.all([listStatements(db, consultationId), listVotes(db, consultationId)]);
  return { rows, votes };
}

/** The console's view of an online consultation; the voter bursts are read only for those who moderate. */
export async function loadOnlineView(
  db: DbOrTx,
  actor: Actor,
  c: ConsultationRef,
  publicUrl: string,
  now = new Date(),
): Promise<OnlineViewResponse> {
  const said = await loadSaid(db, c.id);
  const bursts = canConsultation(actor, 'manage', c) ? await listVoterBursts(db, c.id) : [];
  return presentOnlineView(actor, c, publicUrl, said, bursts, now);
}

/** The residents' view of an online consultation, as the phone with this voter key sees it. */
export async function loadPublicOnlineView(
  db: DbOrTx,
  c: ConsultationRef,
  voterKey: string,
  now = new Date(),
): Promise<PublicOnlineViewResponse> {
  const topic = await findTopicById(db, c.topicId);
  if (!topic) throw notFound();
  const said = await loadSaid(db, c.id);
  return presentPublicOnlineView(c, { title: topic.title, description: topic.description }, said, voterKey, now);
}
