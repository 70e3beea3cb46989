import type { Actor } from '../../platform/auth/actor';
import { outcomeAbilities } from './policy';
import type { OutcomeRow, OutcomeSources } from './queries';
import type { Recipient } from './recipients';

/**
 * One outcome: its text, consensus, sources, recipients with replies and instructions, how far its
 * tasks have come, and what the actor may do.
 */
export function presentOutcomeDetail(
  actor: Actor,
  o: OutcomeRow,
  sources: OutcomeSources,
  recipients: Recipient[],
  tasks: { taskCount: number; tasksAccepted: number },
  createdBy: { id: string; displayName: string } | null,
) {
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
    createdBy,
    recipientCount: recipients.length,
    repliedCount: recipients.filter((r) => r.reply !== null).length,
    recipients,
    ...tasks,
    carriedOutAt: o.carriedOutAt,
    reviewDueAt: o.reviewDueAt,
    abilities: outcomeAbilities(actor, o),
  };
}
