// Who may do what with a whistle (吹哨报到), and which whistles a person sees: one definition for
// both. The caller's region reads and calls by reach; members and departments see the whistles
// they were called to or answered, and members the open ones of the places they serve or wanting
// their sector or expertise — those they may answer.

import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import {
  isWhistleOpen,
  nextWhistleStatus,
  WHISTLE_RESPONDER_ROLES,
  WHISTLE_ROLES,
  type WhistlePermission,
} from '../../../shared/access/whistles';
import type { WhistleStatus } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { memberProfiles, places, whistleCalls, whistleResponses, whistles } from '../../platform/db/schema';
import { servesPlaceSql } from './serves';

/** A whistle as the policy sees it: where, its status, and how the viewer stands to it. */
export type WhistleScope = {
  placePath: string;
  status: WhistleStatus;
  /** the viewer was called when it was raised (whistle_calls) */
  isCalled: boolean;
  /** the viewer, a member, serves its place or has a sector or expertise it wants, within their reach */
  isServed: boolean;
  /** the viewer answered it */
  isAnsweredByMe: boolean;
  answerCount: number;
};

export const isResponder = (actor: Actor) =>
  actor.grants.some((g) => (WHISTLE_RESPONDER_ROLES as readonly string[]).includes(g.role));

export type WhistleAction = WhistlePermission | 'answer';

/**
 * read: the region by reach, or the viewer was called or answered, or (a member) may answer it
 * while it is open; call (raise, close, withdraw): the caller's side by reach; answer (报到): a
 * member or department called to it, or a member serving it — whatever its status (the status
 * is the transition's question: 409).
 */
export function canWhistle(actor: Actor, action: WhistleAction, w: WhistleScope) {
  if (action === 'answer') return isResponder(actor) && (w.isCalled || w.isServed);
  if (reaches(actor, WHISTLE_ROLES[action], w.placePath)) return true;
  return action === 'read' && (w.isCalled || w.isAnsweredByMe || (isWhistleOpen(w.status) && w.isServed));
}

/** What the viewer may do now: answer once while open, then record what they did; the caller closes (once answered) or withdraws. */
export function whistleAbilities(actor: Actor, w: WhistleScope) {
  const isOpen = isWhistleOpen(w.status);
  const calls = canWhistle(actor, 'call', w);
  return {
    answer: isOpen && !w.isAnsweredByMe && canWhistle(actor, 'answer', w),
    recordDone: isOpen && w.isAnsweredByMe,
    close: calls && nextWhistleStatus('close', w.status) !== null && w.answerCount > 0,
    withdraw: calls && nextWhistleStatus('withdraw', w.status) !== null,
  };
}

/** SQL over whistles ⋈ places: the viewer (a member) serves the place (see servesPlaceSql). */
const servesSql = (actor: Actor): SQL => servesPlaceSql(actor.id, places.path);

/** SQL over whistles ⋈ places: the viewer's sector or expertise is wanted, and their member role reaches the place. */
const matchesSql = (actor: Actor): SQL =>
  and(
    inSubtree(places.path, reachOf(actor, ['member'])),
    sql`exists (select 1 from ${memberProfiles} pr where pr.account_id = ${actor.id} and (pr.sector = any(${whistles.sectors}) or pr.expertise && ${whistles.expertise}))`,
  ) as SQL;

/** SQL: the viewer, a member, may answer the whistle unasked (serves it or is wanted); false for others. */
export const servedSql = (actor: Actor): SQL =>
  actor.grants.some((g) => g.role === 'member') ? (or(servesSql(actor), matchesSql(actor)) as SQL) : sql`false`;

export const calledSql = (actor: Actor): SQL =>
  sql`exists (select 1 from ${whistleCalls} c where c.whistle_id = ${whistles.id} and c.account_id = ${actor.id})`;

export const answeredByMeSql = (actor: Actor): SQL =>
  sql`exists (select 1 from ${whistleResponses} r where r.whistle_id = ${whistles.id} and r.responder_id = ${actor.id})`;

/** The whistles the viewer sees, as SQL over whistles ⋈ places: the same rules as canWhistle(…, 'read'). */
export const visibleWhistles = (actor: Actor): SQL =>
  or(
    inSubtree(places.path, reachOf(actor, WHISTLE_ROLES.read)),
    calledSql(actor),
    answeredByMeSql(actor),
    and(eq(whistles.status, 'open'), servedSql(actor)),
  ) as SQL;

/** The open whistles the viewer may still answer: called or served, not answered yet. */
export const toAnswerSql = (actor: Actor): SQL =>
  isResponder(actor)
    ? (and(
        eq(whistles.status, 'open'),
        or(calledSql(actor), servedSql(actor)),
        sql`not ${answeredByMeSql(actor)}`,
      ) as SQL)
    : sql`false`;
