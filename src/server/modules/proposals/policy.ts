import { and, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import { HANDLING_ACTIONS, type HandlingAction, PROPOSAL_ROLES } from '../../../shared/access/proposals';
import { type Actor, reaches } from '../../platform/auth/actor';
import { proposalHandlings } from '../../platform/db/schema';
import { visibleOutcomes } from '../outcomes';
import { visibleWritings } from '../writings';
import { type HandlingState, refusalOf } from './rules';

const rolesFor = PROPOSAL_ROLES;

/** A handling as the policy sees it: its proposal's place, its unit and its proposer's account. */
export type HandlingScope = { placePath: string; unitId: string; proposerId: string | null };

/** A liaison in reach of the proposal's place assigns it to units (交办). */
export const canAssign = (actor: Actor, o: { placePath: string }) => reaches(actor, rolesFor.assign, o.placePath);

/** A member's own proposal is assigned by the CPPCC office in reach of its place, never by its author. */
export const canAssignWriting = (actor: Actor, w: { placePath: string; authorId: string }) =>
  w.authorId !== actor.id && reaches(actor, rolesFor.assign_writing, w.placePath);

const isUnit = (actor: Actor, h: HandlingScope) => h.unitId === actor.id;

/** The member who proposed it rates it; for a proposer without an account, a liaison in reach records it. */
const mayRate = (actor: Actor, h: HandlingScope) =>
  h.proposerId ? h.proposerId === actor.id : reaches(actor, rolesFor.rate_for, h.placePath);

/** Who takes each step, whatever the status: the unit replies (答复) and meets (见面). */
const MAY = {
  reply: isUnit,
  meet: isUnit,
  rate: mayRate,
  rehandle: (actor, h) => reaches(actor, rolesFor.rehandle, h.placePath),
} as const satisfies Record<HandlingAction, (actor: Actor, h: HandlingScope) => boolean>;

export const mayHandle = (actor: Actor, action: HandlingAction, h: HandlingScope) => MAY[action](actor, h);

/** What the actor may do now, for the detail's `abilities`: their part, and the status allowing it. */
export function handlingAbilities(actor: Actor, h: HandlingScope & HandlingState) {
  const can = (a: HandlingAction) => mayHandle(actor, a, h) && refusalOf(h, a) === null;
  return Object.fromEntries(HANDLING_ACTIONS.map((a) => [a, can(a)])) as Record<HandlingAction, boolean>;
}

/**
 * The handlings the actor can see, as SQL over proposal_handlings ⟕ outcomes ⟕ member_writings ⋈
 * places (the proposal's place): those of the proposals they see (an outcome by reach or sent to
 * them; a member's writing as the writings' policy shows it), those assigned to them as a unit,
 * the proposals they made, and their fellow units' on a proposal they handle.
 */
export function visibleHandlings(actor: Actor): SQL {
  return or(
    and(isNotNull(proposalHandlings.outcomeId), visibleOutcomes(actor)),
    and(isNotNull(proposalHandlings.writingId), visibleWritings(actor)),
    sql`${proposalHandlings.unitId} = ${actor.id}`,
    sql`${proposalHandlings.proposerId} = ${actor.id}`,
    sql`exists (select 1 from ${proposalHandlings} mine where (mine.outcome_id = ${proposalHandlings.outcomeId} or mine.writing_id = ${proposalHandlings.writingId}) and mine.unit_id = ${actor.id})`,
  ) as SQL;
}
