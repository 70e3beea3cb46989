import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import { outcomes, revisits } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import type { OutcomeDetail } from '../outcomes/testing';
import type { TaskDetail } from '../tasks/testing';
import {
  allWell,
  carriedOutOutcome,
  fieldsOf,
  inDays,
  NO_SUCH,
  type OutcomeRevisits,
  type RevisitScene,
  record,
  revisitScene,
  uploaded,
} from './testing';

let t: TestApp;
let s: RevisitScene;
let anonymous: Agent;
const url = (id: string, rest = '/revisits') => `/api/outcomes/${id}${rest}`;
const codeOf = (body: string) => (JSON.parse(body) as Wire<typeof ErrorBody>).code;

beforeAll(async () => {
  t = await startTestApp();
  s = await revisitScene(t);
  anonymous = new Agent(t.app);
});

describe('GET /api/outcomes/:id/revisits', () => {
  it('shows the liaison the review date three months on, no revisits yet, the task a revisit may reopen', async () => {
    const res = await s.liaison.agent.get(url(s.carried.outcome.id));
    expect(res.statusCode, res.body).toBe(200);
    const r = json<OutcomeRevisits>(res);
    expect(r).toMatchObject({
      outcome: { id: s.carried.outcome.id, status: 'carried_out' },
      reviewState: 'later',
      dueWithinDays: 14,
      items: [],
      reopenableTasks: [{ id: s.carried.task.id, code: s.carried.task.code, owner: { id: s.department.id } }],
      abilities: { record: true, setReviewDate: true },
    });
    const months = (Date.parse(r.reviewDueAt ?? '') - Date.parse(r.carriedOutAt ?? '')) / 86_400_000;
    expect(months).toBeGreaterThanOrEqual(89);
    expect(months).toBeLessThanOrEqual(92);
  });

  it('lets leaders and members of the region read, without the liaison’s abilities', async () => {
    for (const who of [s.member, s.leader]) {
      const r = json<OutcomeRevisits>(await who.agent.get(url(s.carried.outcome.id)));
      expect(r.abilities).toEqual({ record: false, setReviewDate: false });
      expect(r.reopenableTasks).toEqual([]);
    }
  });

  it('answers 401, 404 to another region and for no such outcome, 403 to a recipient department, 400 on a bad id', async () => {
    expect((await anonymous.get(url(s.carried.outcome.id))).statusCode).toBe(401);
    expect((await s.liaisonB.agent.get(url(s.carried.outcome.id))).statusCode).toBe(404);
    expect((await s.liaison.agent.get(url(NO_SUCH))).statusCode).toBe(404);
    // the department was sent the outcome: it sees the outcome, not its revisits
    expect((await s.department.agent.get(`/api/outcomes/${s.carried.outcome.id}`)).statusCode).toBe(200);
    expect((await s.department.agent.get(url(s.carried.outcome.id))).statusCode).toBe(403);
    expect((await s.liaison.agent.get(url('x'))).statusCode).toBe(400);
  });
});

describe('POST /api/outcomes/:id/revisits', () => {
  it('records a revisit that found all well: trimmed, with its photo; the review date is cleared', async () => {
    const { outcome } = await carriedOutOutcome(s);
    const p = await uploaded(s.liaison.agent, outcome.id);
    const res = await record(
      s.liaison.agent,
      outcome.id,
      allWell({ findings: '  停车位已建成，秩序良好  ', residentsView: '', photoIds: [p.id] }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const r = json<OutcomeRevisits>(res);
    expect(r).toMatchObject({ outcome: { status: 'carried_out' }, reviewDueAt: null, reviewState: 'none' });
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({
      findings: '停车位已建成，秩序良好',
      residentsView: null,
      isProblemBack: false,
      task: null,
      recordedBy: { id: s.liaison.id },
      photos: [{ id: p.id, url: p.url, width: 60, height: 40 }],
    });
    expect(json<OutcomeDetail>(await s.liaison.agent.get(`/api/outcomes/${outcome.id}`))).toMatchObject({
      status: 'carried_out',
      reviewDueAt: null,
    });
  });

  it('moves the review date to the next review asked for; lists revisits newest visit first', async () => {
    const { outcome } = await carriedOutOutcome(s);
    const next = inDays(60);
    await record(s.liaison.agent, outcome.id, allWell({ visitedAt: inDays(-3), findings: '第一次回头看' }));
    await s.liaison.agent.request('PUT', url(outcome.id, '/review-date'), { reviewDueAt: inDays(20) });
    const res = await record(
      s.liaison.agent,
      outcome.id,
      allWell({ visitedAt: inDays(-1), findings: '第二次回头看', nextReviewAt: next }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const r = json<OutcomeRevisits>(res);
    expect(r.reviewDueAt).toBe(next);
    expect(r.reviewState).toBe('later');
    expect(r.items.map((i) => i.findings)).toEqual(['第二次回头看', '第一次回头看']);
  });

  it('answers 401, 404, 403 to those who do not record, 409 unless the outcome is carried out', async () => {
    const id = s.carried.outcome.id;
    expect((await record(anonymous, id, allWell())).statusCode).toBe(401);
    expect((await record(s.liaisonB.agent, id, allWell())).statusCode).toBe(404);
    expect((await record(s.liaison.agent, NO_SUCH, allWell())).statusCode).toBe(404);
    for (const who of [s.member, s.leader, s.department])
      expect((await record(who.agent, id, allWell())).statusCode).toBe(403);
    const sent = await record(s.liaison.agent, s.outcome.id, allWell()); // sent, no task yet
    expect(sent.statusCode).toBe(409);
    expect(codeOf(sent.body)).toBe('revisit_not_carried_out');
  });

  it('answers 400 naming each field the schema refuses', async () => {
    const res = await record(s.liaison.agent, s.carried.outcome.id, {
      visitedAt: 'yesterday',
      findings: ' 好 ',
      residentsView: '很'.repeat(2001),
      isProblemBack: 'yes' as unknown as boolean,
      photoIds: ['x'],
      taskId: 'x',
      dueAt: 'next month',
      nextReviewAt: 'soon',
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual([
      'dueAt',
      'findings',
      'isProblemBack',
      'nextReviewAt',
      'photoIds.0',
      'residentsView',
      'taskId',
      'visitedAt',
    ]);
    const missing = await record(s.liaison.agent, s.carried.outcome.id, {});
    expect(fieldsOf(missing.body)).toEqual(['findings', 'isProblemBack', 'visitedAt']);
  });

  it('answers 400 on what the rules refuse, and writes nothing', async () => {
    const { outcome, task: own } = await carriedOutOutcome(s);
    const other = await carriedOutOutcome(s);
    const before = json<OutcomeRevisits>(await s.liaison.agent.get(url(outcome.id)));
    const theirs = await uploaded(s.liaison.agent, other.outcome.id); // a photo of another outcome
    const districtLiaison = await buildAccount(t.app, t.db, { role: 'liaison', place: s.tree.district });
    const notMine = await uploaded(districtLiaison.agent, outcome.id);
    const task = own.id;
    const dueAt = inDays(30);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ visitedAt: inDays(1) }, ['visitedAt']],
      [{ isProblemBack: true }, ['dueAt', 'taskId']],
      [{ isProblemBack: true, taskId: other.task.id, dueAt }, ['taskId']], // another outcome's task
      [{ isProblemBack: true, taskId: NO_SUCH, dueAt }, ['taskId']],
      [{ taskId: task }, ['taskId']], // a task, though all is well
      // the reopened task's new deadline: required, later than now, only when the problem is back
      [{ isProblemBack: true, taskId: task }, ['dueAt']],
      [{ isProblemBack: true, taskId: task, dueAt: inDays(-1) }, ['dueAt']],
      [{ isProblemBack: true, taskId: task, dueAt: new Date(Date.now() - 1000).toISOString() }, ['dueAt']],
      [{ dueAt }, ['dueAt']],
      [{ nextReviewAt: inDays(-1) }, ['nextReviewAt']],
      [{ isProblemBack: true, taskId: outcome.id, dueAt, nextReviewAt: inDays(30) }, ['nextReviewAt', 'taskId']],
      [{ photoIds: [theirs.id] }, ['photoIds']],
      [{ photoIds: [notMine.id] }, ['photoIds']],
      [{ photoIds: [NO_SUCH] }, ['photoIds']],
    ];
    for (const [extra, fields] of cases) {
      const res = await record(s.liaison.agent, outcome.id, allWell(extra));
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(fieldsOf(res.body), JSON.stringify(extra)).toEqual(fields);
    }
    expect(await t.db.select().from(revisits).where(eq(revisits.outcomeId, outcome.id))).toEqual([]);
    const [row] = await t.db
      .select({ reviewDueAt: outcomes.reviewDueAt, status: outcomes.status })
      .from(outcomes)
      .where(eq(outcomes.id, outcome.id));
    expect(row).toEqual({ reviewDueAt: new Date(before.reviewDueAt ?? ''), status: 'carried_out' });
    expect(json<TaskDetail>(await s.liaison.agent.get(`/api/tasks/${own.id}`))).toMatchObject({
      status: 'accepted',
      dueAt: own.dueAt,
    });
  });

  it('writes the revisit to the audit log', async () => {
    const { outcome } = await carriedOutOutcome(s);
    const r = json<OutcomeRevisits>(await record(s.liaison.agent, outcome.id, allWell()));
    const admin = await buildAccount(t.app, t.db, { role: 'admin', place: s.tree.district });
    const log = json<Wire<typeof AuditListResponse>>(
      await admin.agent.get(`/api/audit?entityId=${r.items[0]?.id}&pageSize=50`),
    );
    expect(log.items.map((i) => i.action)).toEqual(['revisit.record']);
  });
});

describe('PUT /api/outcomes/:id/review-date', () => {
  const put = (by: Agent, id: string, body: unknown) => by.request('PUT', url(id, '/review-date'), body);

  it('sets the date; within 14 days it is due soon; the audit log has it', async () => {
    const { outcome } = await carriedOutOutcome(s);
    const soon = inDays(7);
    const res = await put(s.liaison.agent, outcome.id, { reviewDueAt: soon });
    expect(res.statusCode, res.body).toBe(200);
    expect(json<OutcomeRevisits>(res)).toMatchObject({ reviewDueAt: soon, reviewState: 'due_soon' });
    const later = json<OutcomeRevisits>(await put(s.liaison.agent, outcome.id, { reviewDueAt: inDays(100) }));
    expect(later.reviewState).toBe('later');
    const admin = await buildAccount(t.app, t.db, { role: 'admin', place: s.tree.district });
    const log = json<Wire<typeof AuditListResponse>>(
      await admin.agent.get(`/api/audit?entityId=${outcome.id}&pageSize=50`),
    );
    expect(log.items.filter((i) => i.action === 'outcome.review_date')).toHaveLength(2);
  });

  it('answers 401, 404, 403, 409 unless carried out, 400 on a date past or malformed', async () => {
    const id = s.carried.outcome.id;
    const body = { reviewDueAt: inDays(30) };
    expect((await put(anonymous, id, body)).statusCode).toBe(401);
    expect((await put(s.liaisonB.agent, id, body)).statusCode).toBe(404);
    for (const who of [s.member, s.leader, s.department]) expect((await put(who.agent, id, body)).statusCode).toBe(403);
    const sent = await put(s.liaison.agent, s.outcome.id, body);
    expect(sent.statusCode).toBe(409);
    expect(codeOf(sent.body)).toBe('revisit_not_carried_out');
    for (const reviewDueAt of [inDays(-1), 'next month', undefined]) {
      const res = await put(s.liaison.agent, id, { reviewDueAt });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['reviewDueAt']);
    }
  });
});
