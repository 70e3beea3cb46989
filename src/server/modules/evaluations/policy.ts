import { or, type SQL, sql } from 'drizzle-orm';
import type { OutcomeStatus, Role } from '../../../shared/enums';
import { type Actor, reaches } from '../../platform/auth/actor';
import { outcomes, participants, statements, statementVotes } from '../../platform/db/schema';
import { visibleOutcomes } from '../outcomes';
import { isEvaluable } from './rules';

/**
 * 三评's acts: a leader's comment and grade (党政点评), a member's review (民主评议), opening the
 * residents' link (群众评价) and hiding an abusive resident comment.
 */
export type EvaluationAction = 'lead' | 'review' | 'open_link' | 'moderate';

/**
 * The role each act needs: held at the outcome's place or above it — except 'review', see below.
 * The residents' link and its moderation go with keeping the outcome: liaisons and the CPPCC office.
 */
const rolesFor = {
  lead: ['leader'],
  review: ['member'],
  open_link: ['liaison', 'cppcc'],
  moderate: ['liaison', 'cppcc'],
} as const satisfies Record<EvaluationAction, readonly Role[]>;

/** An outcome as the policy sees it; `tookPart`: the actor attended (or, online, spoke or voted in) its consultation. */
export type EvaluationScope = { placePath: string; status: OutcomeStatus; tookPart: boolean };

/**
 * May the actor do this, whatever the outcome's status? 民主评议 is for the members who took part
 * in the outcome's consultation, wherever their role is held (a district member sits on a village
 * council); the other acts go by reach over the outcome's place.
 */
export function canEvaluation(actor: Actor, action: EvaluationAction, o: EvaluationScope) {
  if (action === 'review') return o.tookPart && actor.grants.some((g) => g.role === 'member');
  return reaches(actor, rolesFor[action], o.placePath);
}

/** What the viewer may do now: the role allows it and the outcome takes evaluations (sent, not a draft). */
export function evaluationAbilities(actor: Actor, o: EvaluationScope & { hasLink: boolean }) {
  const isOpen = isEvaluable(o.status);
  return {
    leader: isOpen && canEvaluation(actor, 'lead', o),
    member: isOpen && canEvaluation(actor, 'review', o),
    openLink: isOpen && !o.hasLink && canEvaluation(actor, 'open_link', o),
    moderate: canEvaluation(actor, 'moderate', o),
  };
}

/**
 * SQL over outcomes: the actor took part in the outcome's consultation — signed in or ticked off as
 * present, or, in an online consultation, posted a statement or voted (key 'a:<account id>').
 */
export function tookPart(actor: Actor): SQL {
  const key = `a:${actor.id}`;
  return sql`(exists (select 1 from ${participants} where ${participants.consultationId} = ${outcomes.consultationId} and ${participants.accountId} = ${actor.id} and ${participants.attendedAt} is not null)
    or exists (select 1 from ${statements} where ${statements.consultationId} = ${outcomes.consultationId} and ${statements.authorKey} = ${key})
    or exists (select 1 from ${statementVotes} join ${statements} on ${statements.id} = ${statementVotes.statementId} where ${statements.consultationId} = ${outcomes.consultationId} and ${statementVotes.voterKey} = ${key}))`;
}

/**
 * The outcomes whose evaluations the actor sees, as SQL over outcomes ⋈ places: those the outcomes
 * module shows them, and those whose consultation they took part in.
 */
export const visibleForEvaluation = (actor: Actor): SQL => or(visibleOutcomes(actor), tookPart(actor)) as SQL;
