// Who may do what with a member's writing, and which writings a person sees: one table for both.
import { and, eq, ne, or, type SQL, sql } from 'drizzle-orm';
import { WRITER_ROLES, WRITING_ROLES, type WritingAction } from '../../../shared/access/writings';
import type { WritingStatus } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { memberWritings, places } from '../../platform/db/schema';
import { nextWritingStatus } from './rules';

export type WritingScope = {
  placePath: string;
  authorId: string;
  status: WritingStatus;
  forwardedToIds: readonly string[];
};

const isAuthor = (actor: Actor, w: WritingScope) => w.authorId === actor.id;
const isRecipient = (actor: Actor, w: WritingScope) => w.forwardedToIds.includes(actor.id);

/** May the actor write at all (委员)? */
export const isWriter = (actor: Actor) =>
  actor.grants.some((g) => (WRITER_ROLES as readonly string[]).includes(g.role));

/**
 * Reads: the author their own; once submitted, the office, leaders and liaisons whose reach holds
 * the writing's place; whoever it was forwarded to.
 */
export const canReadWriting = (actor: Actor, w: WritingScope) =>
  isAuthor(actor, w) ||
  (w.status !== 'draft' && reaches(actor, WRITING_ROLES.read, w.placePath)) ||
  isRecipient(actor, w);

/** Reviews: the CPPCC office in reach, never on its own writing. */
export const canReviewWriting = (actor: Actor, w: WritingScope) =>
  !isAuthor(actor, w) && w.status !== 'draft' && reaches(actor, WRITING_ROLES.review, w.placePath);

/** The author's own steps (revise, submit) and the office's (the rest). */
const AUTHOR_ACTIONS: readonly WritingAction[] = ['revise', 'submit'];

/** May the actor take `action` on the writing, whatever its status? (The status decides 409.) */
export const mayTake = (actor: Actor, action: WritingAction, w: WritingScope) =>
  AUTHOR_ACTIONS.includes(action) ? isAuthor(actor, w) : canReviewWriting(actor, w);

/** What the viewer may do now: their role and the status together. */
export function writingAbilities(actor: Actor, w: WritingScope) {
  const may = (action: WritingAction) => mayTake(actor, action, w) && nextWritingStatus(w.status, action) !== null;
  return {
    revise: may('revise'),
    submit: may('submit'),
    edit: may('edit'),
    return: may('return'),
    adopt: may('adopt'),
    decline: may('decline'),
    forward: may('forward'),
  };
}

/** Writings forwarded (报送) to the actor, as SQL over member_writings. */
export const forwardedTo = (actor: Actor): SQL => sql`${actor.id}::uuid = any(${memberWritings.forwardedToIds})`;

/** The writings the actor sees, as SQL over member_writings ⋈ places: the same rule as canReadWriting. */
export function visibleWritings(actor: Actor): SQL {
  return or(
    eq(memberWritings.authorId, actor.id),
    and(ne(memberWritings.status, 'draft'), inSubtree(places.path, reachOf(actor, WRITING_ROLES.read))),
    forwardedTo(actor),
  ) as SQL;
}
