import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { consensusItems, consultations, outcomeRecipients, outcomes, topicSubmissions } from '../../platform/db/schema';

/**
 * The outcomes a resident sees on their tracking page: those sent (报送) from consultations on the
 * topic their submission — or the one it was merged into — feeds. The title and the consensus are
 * public; recipients, their replies and instructions are not: only whether there are any.
 */
export async function publicOutcomesOf(db: DbOrTx, s: { id: string; mergedIntoId: string | null }) {
  const ids = s.mergedIntoId ? [s.id, s.mergedIntoId] : [s.id];
  const topicIds = db
    .select({ id: topicSubmissions.topicId })
    .from(topicSubmissions)
    .where(inArray(topicSubmissions.submissionId, ids));
  const rows = await db
    .select({
      code: outcomes.code,
      type: outcomes.type,
      title: outcomes.title,
      sentAt: outcomes.sentAt,
      consensusItemIds: outcomes.consensusItemIds,
      replied: sql<boolean>`exists (select 1 from ${outcomeRecipients} where ${outcomeRecipients.outcomeId} = ${outcomes.id} and ${outcomeRecipients.reply} is not null)`,
      instructed: sql<boolean>`exists (select 1 from ${outcomeRecipients} where ${outcomeRecipients.outcomeId} = ${outcomes.id} and ${outcomeRecipients.instruction} is not null)`,
    })
    .from(outcomes)
    .innerJoin(consultations, eq(consultations.id, outcomes.consultationId))
    .where(
      and(
        inArray(consultations.topicId, topicIds),
        inArray(outcomes.status, ['sent', 'answered', 'carrying_out', 'carried_out']),
      ),
    )
    .orderBy(asc(outcomes.sentAt), asc(outcomes.code));
  const itemIds = rows.flatMap((r) => r.consensusItemIds);
  const items =
    itemIds.length > 0
      ? await db
          .select({ id: consensusItems.id, text: consensusItems.text })
          .from(consensusItems)
          .where(inArray(consensusItems.id, itemIds))
          .orderBy(asc(consensusItems.number))
      : [];
  return rows.map(({ consensusItemIds, ...r }) => {
    const chosen = new Set(consensusItemIds);
    return { ...r, consensus: items.filter((i) => chosen.has(i.id)).map((i) => i.text) };
  });
}
