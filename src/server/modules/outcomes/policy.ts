import { or, type SQL, sql } from 'drizzle-orm';
import { OUTCOME_ROLES, type OutcomePermission } from '../../../shared/access/outcomes';
import type { OutcomeStatus } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { outcomeRecipients, outcomes, places } from '../../platform/db/schema';
import { nextOutcomeStatus } from './rules';

export { type OutcomePermission, RECIPIENT_ROLES } from '../../../shared/access/outcomes';

const rolesFor = OUTCOME_ROLES;

type Scope = { placePath: string; isRecipient?: boolean };

export const canOutcome = (actor: Actor, action: OutcomePermission, o: Scope) =>
  reaches(actor, rolesFor[action], o.placePath) || (action === 'read' && o.isRecipient === true);

/** A recipient replies (答复); a recipient who is a leader also records an instruction (批示). */
export const canReply = (o: Scope) => o.isRecipient === true;
// the leader's role must reach the outcome's place (held there or above it): a leader elsewhere
// who receives it through another role (a department) only replies
export const canInstruct = (actor: Actor, o: Scope) =>
  o.isRecipient === true && reaches(actor, ['leader'], o.placePath);

/** Outcomes sent (报送) to the actor, as SQL over outcomes. */
export const sentTo = (actor: Actor): SQL =>
  sql`exists (select 1 from ${outcomeRecipients} where ${outcomeRecipients.outcomeId} = ${outcomes.id} and ${outcomeRecipients.accountId} = ${actor.id})`;

/** The outcomes the actor can see, as SQL over outcomes ⋈ places: by reach, or sent to them. */
export function visibleOutcomes(actor: Actor): SQL {
  return or(inSubtree(places.path, reachOf(actor, rolesFor.read)), sentTo(actor)) as SQL;
}

/** What the actor may do with an outcome, for the detail's `abilities` and the use cases' checks. */
export function outcomeAbilities(actor: Actor, o: Scope & { status: OutcomeStatus }) {
  const manage = canOutcome(actor, 'manage', o);
  return {
    edit: manage && o.status === 'draft',
    send: manage && nextOutcomeStatus(o.status, 'send') !== null,
    reply: canReply(o) && nextOutcomeStatus(o.status, 'reply') !== null,
    instruct: canInstruct(actor, o) && nextOutcomeStatus(o.status, 'instruct') !== null,
    // 落实: tasks are set by the liaison once it was sent (the first one starts carrying it out)
    createTasks: canOutcome(actor, 'carry_out', o) && nextOutcomeStatus(o.status, 'start_tasks') !== null,
  };
}
