import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { accounts, consultations, topics } from '../../platform/db/schema';
import { listConsensusItems } from '../consultations';
import { outcomeAbilities } from './policy';
import type { OutcomeRow } from './queries';
import { recipientsOf } from './recipients';

/** The consultation and topic behind an outcome, and the consensus items it carries, in order. */
export async function sourcesOf(db: DbOrTx, o: Pick<OutcomeRow, 'consultationId' | 'consensusItemIds'>) {
  const [[source], items] = await Promise.all([
    db
      .select({
        consultation: { id: consultations.id, code: consultations.code, title: consultations.title },
        topic: { id: topics.id, code: topics.code, title: topics.title },
      })
      .from(consultations)
      .innerJoin(topics, eq(topics.id, consultations.topicId))
      .where(eq(consultations.id, o.consultationId)),
    listConsensusItems(db, o.consultationId),
  ]);
  if (!source) throw new Error(`outcome without its consultation ${o.consultationId}`);
  const chosen = new Set(o.consensusItemIds);
  return { ...source, consensus: items.filter((i) => chosen.has(i.id)) };
}

/** One outcome: its text, consensus, sources, recipients with replies and instructions, and what the actor may do. */
export async function presentDetail(db: DbOrTx, actor: Actor, o: OutcomeRow) {
  const [sources, recipients, createdBy] = await Promise.all([
    sourcesOf(db, o),
    recipientsOf(db, o.id),
    o.createdById
      ? db
          .select({ id: accounts.id, displayName: accounts.displayName })
          .from(accounts)
          .where(eq(accounts.id, o.createdById))
      : [],
  ]);
  return {
    id: o.id,
    code: o.code,
    type: o.type,
    title: o.title,
    body: o.body,
    status: o.status,
    place: { id: o.placeId, name: o.placeName },
    ...sources,
    sentAt: o.sentAt,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    createdBy: createdBy[0] ?? null,
    recipientCount: recipients.length,
    repliedCount: recipients.filter((r) => r.reply !== null).length,
    recipients,
    abilities: outcomeAbilities(actor, o),
  };
}
