// Test fixtures for evaluations: sent and draft outcomes of a concluded consultation, who attended it.
import { expect } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { EvaluationSummary, PublicEvaluationView } from '../../../shared/api/evaluations';
import type { Db } from '../../platform/db';
import { participants } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { type Agent, json, type TestApp } from '../../testing/harness';
import { draft, outcomeScene } from '../outcomes/testing';

export type Summary = Wire<typeof EvaluationSummary>;
export type PublicView = Wire<typeof PublicEvaluationView>;

/** Puts an account on the consultation's list, present (signed in) or only invited. */
export async function invite(db: Db, consultationId: string, accountId: string, isPresent = true) {
  await db.insert(participants).values({
    consultationId,
    accountId,
    name: `委员 ${accountId.slice(0, 4)}`,
    kind: 'member',
    attendedAt: isPresent ? new Date() : null,
    attendanceMethod: isPresent ? 'qr' : null,
  });
}

/** Sends a drafted outcome to the district leader through the API; its id. */
export async function sentOutcome(s: Awaited<ReturnType<typeof outcomeScene>>, consultationId = s.held.consultationId) {
  const o = await draft(
    s.liaison.agent,
    consultationId,
    s.consensus.map((c) => c.id),
  );
  const res = await s.liaison.agent.post(`/api/outcomes/${o.id}/send`, { accountIds: [s.leader.id] });
  expect(res.statusCode, res.body).toBe(200);
  return o.id;
}

/**
 * The outcomes scene (township A's concluded consultation, its liaison, a member, the district
 * leader, township B's liaison) with more people around the consultation: township A's member
 * and a member of township B attended it; another member of township A was invited and stayed
 * away; a leader and a member of township B had nothing to do with it. One outcome sent, one draft.
 */
export async function evaluationScene(t: TestApp) {
  const s = await outcomeScene(t);
  const [memberB, absent, leaderB, strangerB] = await Promise.all([
    buildAccount(t.app, t.db, { role: 'member', place: s.tree.townB }),
    buildAccount(t.app, t.db, { role: 'member', place: s.tree.townA }),
    buildAccount(t.app, t.db, { role: 'leader', place: s.tree.townB }),
    buildAccount(t.app, t.db, { role: 'member', place: s.tree.townB }),
  ]);
  await invite(t.db, s.held.consultationId, s.member.id);
  await invite(t.db, s.held.consultationId, memberB.id);
  await invite(t.db, s.held.consultationId, absent.id, false);
  const sentId = await sentOutcome(s);
  const draftId = (await draft(s.liaison.agent, s.held.consultationId, [])).id;
  return { ...s, memberB, absent, leaderB, strangerB, sentId, draftId };
}

/** GETs the summary as `who` (200 expected). */
export async function summaryOf(who: Agent, outcomeId: string) {
  const res = await who.get(`/api/outcomes/${outcomeId}/evaluations`);
  expect(res.statusCode, res.body).toBe(200);
  return json<Summary>(res);
}
