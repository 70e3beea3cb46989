import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import { notifications } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { json, startTestApp, type TestApp } from '../../testing/harness';
import { draft, type OutcomeDetail, outcomeScene } from './testing';

type ErrorBody = Wire<typeof ErrorBodySchema>;
const fieldsOf = (body: string) => (JSON.parse(body) as ErrorBody).fields?.map((f) => f.path) ?? [];

let t: TestApp;
let s: Awaited<ReturnType<typeof outcomeScene>>;
let o: OutcomeDetail;
let office: { id: string }; // the district's CPPCC office, whose reach holds the outcome
let away: { id: string }; // another district's

beforeAll(async () => {
  t = await startTestApp();
  s = await outcomeScene(t);
  office = await buildAccount(t.app, t.db, { role: 'cppcc', place: s.tree.district });
  away = await buildAccount(t.app, t.db, { role: 'cppcc', place: (await buildTree(t.db)).district });
  o = await draft(
    s.liaison.agent,
    s.held.consultationId,
    s.consensus.map((c) => c.id),
  );
  const sent = await s.liaison.agent.post(`/api/outcomes/${o.id}/send`, { accountIds: [s.leader.id, s.department.id] });
  expect(sent.statusCode).toBe(200);
});

const noticesOf = (accountId: string) =>
  t.db
    .select({ kind: notifications.kind, params: notifications.params })
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), eq(notifications.entityId, o.id)));

describe('the reply’s verdict (采纳 / 部分采纳 / 不予采纳)', () => {
  it('answers 400 naming the verdict when it is missing or unknown', async () => {
    for (const body of [{ reply: '收到' }, { reply: '收到', verdict: 'maybe' }]) {
      const res = await s.department.agent.post(`/api/outcomes/${o.id}/reply`, body);
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['verdict']);
    }
  });

  it('wants a reason for anything short of adopted, beside any other field at fault', async () => {
    for (const verdict of ['partly_adopted', 'not_adopted']) {
      const res = await s.department.agent.post(`/api/outcomes/${o.id}/reply`, {
        reply: '收到',
        verdict,
        verdictReason: '   ',
      });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['verdictReason']);
    }
    const both = await s.department.agent.post(`/api/outcomes/${o.id}/reply`, { reply: '', verdict: 'not_adopted' });
    expect(fieldsOf(both.body).sort()).toEqual(['reply', 'verdictReason']);
    const detail = json<OutcomeDetail>(await s.department.agent.get(`/api/outcomes/${o.id}`));
    expect(detail.repliedCount).toBe(0); // nothing was written
  });

  it('keeps each recipient’s verdict and reason, and tells the author once per step', async () => {
    const notAdopted = await s.department.agent.post(`/api/outcomes/${o.id}/reply`, {
      reply: '经研究，暂不具备实施条件',
      verdict: 'not_adopted',
      verdictReason: '用地属于规划道路红线范围',
    });
    expect(notAdopted.statusCode).toBe(200);
    const adopted = await s.leader.agent.post(`/api/outcomes/${o.id}/reply`, {
      reply: '同意',
      verdict: 'adopted',
      verdictReason: '',
    });
    const detail = json<OutcomeDetail>(adopted);
    expect(detail.status).toBe('answered');
    const byAccount = new Map(detail.recipients.map((r) => [r.account.id, r]));
    expect(byAccount.get(s.department.id)).toMatchObject({
      verdict: 'not_adopted',
      verdictReason: '用地属于规划道路红线范围',
    });
    expect(byAccount.get(s.leader.id)).toMatchObject({ verdict: 'adopted', verdictReason: null });
    expect(detail.abilities.createTasks).toBe(false); // a leader does not set tasks
    const forLiaison = json<OutcomeDetail>(await s.liaison.agent.get(`/api/outcomes/${o.id}`));
    expect(forLiaison).toMatchObject({ taskCount: 0, tasksAccepted: 0, carriedOutAt: null, reviewDueAt: null });
    expect(forLiaison.abilities.createTasks).toBe(true);

    await s.leader.agent.post(`/api/outcomes/${o.id}/instruction`, { instruction: '请区住建局研究其他选址' });
    const told = await noticesOf(s.liaison.id);
    expect(told.map((n) => n.kind).sort()).toEqual(['outcome_instructed', 'outcome_replied', 'outcome_replied']);
    expect(told.find((n) => n.kind === 'outcome_instructed')?.params).toEqual({
      code: o.code,
      title: o.title,
      actor: `leader ${s.leader.username}`,
    });
  });

  it('tells the CPPCC office in whose reach the outcome lies of each reply and 批示, and no other', async () => {
    expect((await noticesOf(office.id)).map((n) => n.kind).sort()).toEqual([
      'outcome_instructed',
      'outcome_replied',
      'outcome_replied',
    ]);
    expect(await noticesOf(away.id)).toEqual([]);
  });

  it('tells each recipient it was sent, never the sender', async () => {
    for (const who of [s.leader, s.department]) {
      expect((await noticesOf(who.id)).map((n) => n.kind)).toEqual(['outcome_received']);
    }
  });
});
