// What a person trying the demo finds of carrying out (落实) and pressing (督办).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { EvaluationSummary } from '../../../shared/api/evaluations';
import type { OutcomeList } from '../../../shared/api/outcomes';
import type { RatesResponse } from '../../../shared/api/proposals';
import type { PublicSubmissionResponse } from '../../../shared/api/submissions-public';
import type { Board, TaskList } from '../../../shared/api/tasks';
import {
  accounts,
  consultations,
  notifications,
  outcomes,
  submissions,
  topicSubmissions,
} from '../../platform/db/schema';
import { startDemoApp } from '../../testing/demo-app';
import { json } from '../../testing/harness';
import type { OutcomeDetail } from '../outcomes/testing';
import type { TaskDetail } from './testing';

let demo: Awaited<ReturnType<typeof startDemoApp>>;
beforeAll(async () => {
  demo = await startDemoApp();
});
afterAll(() => demo?.close());

const noticesOf = async (username: string) => {
  const [a] = await demo.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username));
  return demo.db
    .select({ kind: notifications.kind, params: notifications.params })
    .from(notifications)
    .where(and(eq(notifications.accountId, a?.id as string)));
};

describe('the demo’s follow-through', () => {
  it('南岭镇’s board: one task overdue, urged and escalated; one in progress; by unit', async () => {
    const liaison = await demo.signIn('liaison.nanling');
    const board = json<Wire<typeof Board>>(await liaison.get('/api/tasks/board'));
    expect(board.place.name).toBe('南岭镇');
    expect(board.views).toMatchObject({ open: 2, overdue: 1, urged: 1, escalated: 1, closed: 1 });
    expect(board.units.map((u) => [u.owner.displayName, u.overdue, u.open])).toEqual([
      ['区农业农村局', 1, 1],
      ['区市场监管局', 0, 1],
    ]);
    const red = json<Wire<typeof TaskList>>(await liaison.get('/api/tasks?flag=red')).items;
    expect(red.map((t) => [t.owner.displayName, t.reasons])).toEqual([
      ['区农业农村局', ['overdue', 'urged', 'escalated']],
    ]);
    const task = json<TaskDetail>(await liaison.get(`/api/tasks/${red[0]?.id}`));
    expect(task.events.map((e) => e.kind)).toEqual(['created', 'urged', 'escalated', 'instructed']);
    expect(task.escalatedTo?.displayName).toBe('张区长');
    expect(task.outcome.status).toBe('carrying_out');
  });

  it('the department sees its task to answer; 张区长 sees the one escalated to him', async () => {
    const nongye = await demo.signIn('dept.nongye');
    const mine = json<Wire<typeof TaskList>>(await nongye.get('/api/tasks?mine=true')).items;
    expect(mine.filter((t) => t.awaitsAnswer).map((t) => t.title)).toEqual(['约谈种业公司并报送制种合同修订方案']);
    const zhang = await demo.signIn('leader.gov');
    const escalated = json<Wire<typeof TaskList>>(await zhang.get('/api/tasks?view=escalated')).items;
    expect(escalated).toHaveLength(1);
    const shichang = await demo.signIn('dept.shichang');
    const progress = json<Wire<typeof TaskList>>(await shichang.get('/api/tasks?mine=true')).items;
    expect(progress).toMatchObject([{ status: 'in_progress', milestoneCount: 3, milestonesDone: 1, flag: 'green' }]);
    expect((await noticesOf('dept.nongye')).map((n) => n.kind)).toEqual(
      expect.arrayContaining(['task_assigned', 'task_urged', 'task_instructed', 'task_overdue']),
    );
    // the bell and the email show when each is due: the notices that have a date line carry it
    for (const n of await noticesOf('dept.nongye'))
      if (['task_assigned', 'task_overdue'].includes(n.kind)) expect(Date.parse(String(n.params.dueAt))).not.toBeNaN();
  });

  it('an outcome carried out three months ago has its revisit due, and its author was told', async () => {
    const liaison = await demo.signIn('liaison.nanling');
    const list = json<Wire<typeof OutcomeList>>(await liaison.get('/api/outcomes?status=carried_out')).items;
    expect(list.map((o) => o.title)).toEqual(['柳塘村灌溉水渠管护协议']);
    const o = json<OutcomeDetail>(await liaison.get(`/api/outcomes/${list[0]?.id}`));
    expect(o).toMatchObject({ taskCount: 1, tasksAccepted: 1 });
    expect(Date.parse(o.reviewDueAt ?? '')).toBeLessThan(Date.now());
    expect(o.recipients[0]?.verdict).toBe('adopted');
    const revisit = (await noticesOf('liaison.nanling')).find((n) => n.kind === 'revisit_due');
    expect(revisit?.params.dueAt).toBe(o.reviewDueAt);
  });

  it('the villager behind it saw it closed with the outcome and rated it; leaders and residents evaluated it', async () => {
    const liaison = await demo.signIn('liaison.nanling');
    const [o] = json<Wire<typeof OutcomeList>>(await liaison.get('/api/outcomes?status=carried_out')).items;
    const [s] = await demo.db
      .select({ code: submissions.trackingCode })
      .from(submissions)
      .innerJoin(topicSubmissions, eq(topicSubmissions.submissionId, submissions.id))
      .innerJoin(consultations, eq(consultations.topicId, topicSubmissions.topicId))
      .innerJoin(outcomes, eq(outcomes.consultationId, consultations.id))
      .where(eq(outcomes.id, o?.id as string));
    const page = json<Wire<typeof PublicSubmissionResponse>>(
      await demo.app.inject({ method: 'GET', url: `/api/public/submissions/${s?.code}` }),
    );
    expect(page).toMatchObject({ status: 'solved', rating: { solved: true, satisfaction: 5 }, canRate: false });
    expect(page.carriedOut).toMatchObject({ code: o?.code, title: '柳塘村灌溉水渠管护协议' });
    expect(page.steps.map((e) => e.kind)).toEqual(['submitted', 'topic', 'outcome_carried_out', 'rated']);

    const summary = json<Wire<typeof EvaluationSummary>>(await liaison.get(`/api/outcomes/${o?.id}/evaluations`));
    expect(summary.leader.count).toBe(1);
    expect(summary.resident).toMatchObject({ count: 3, byScore: [0, 0, 0, 1, 2] });
    expect(summary.combined.score).toBeGreaterThan(80);
    expect(summary.residentLink?.url).toMatch(/\/e\//);
  });

  it('a member’s proposal: two units replied, one met her and was rated 满意 (答复率、见面率、满意度)', async () => {
    const liaison = await demo.signIn('liaison.nanling');
    const rates = json<Wire<typeof RatesResponse>>(await liaison.get('/api/proposals/rates'));
    expect(rates.units.map((u) => u.unit.displayName).sort()).toEqual(['区农业农村局', '区市场监管局']);
    expect(rates.total).toMatchObject({
      assigned: 2,
      reply: { numerator: 2, denominator: 2 },
      meeting: { numerator: 1, denominator: 2 },
      satisfaction: { numerator: 1, denominator: 1 },
    });
  });
});
