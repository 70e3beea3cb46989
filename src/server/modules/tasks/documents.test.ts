import { and, eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { TaskEventKind } from '../../../shared/enums';
import { evaluations, outcomeRecipients, revisits, taskEvents, tasks } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { draft, type OutcomeDetail } from '../outcomes/testing';
import { fieldsOf, NO_SUCH, sentOutcome, setTask, step, type TaskDetail, type TaskScene, taskScene } from './testing';

let t: TestApp;
let s: TaskScene;
let anonymous: Agent;
let o: OutcomeDetail;
let a: TaskDetail; // overdue, urged, escalated, instructed, with progress
let b: TaskDetail; // done and accepted

const textOf = async (res: { rawPayload: Buffer }) => (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
const codeOf = (res: { body: string }) => (JSON.parse(res.body) as Wire<typeof ErrorBody>).code;

/** Puts a task's steps of one kind at a known instant, so the document's times can be read back. */
async function stepAt(taskId: string, kind: TaskEventKind, at: string) {
  await t.db
    .update(taskEvents)
    .set({ at: new Date(at) })
    .where(and(eq(taskEvents.taskId, taskId), eq(taskEvents.kind, kind)));
}

beforeAll(async () => {
  t = await startTestApp();
  s = await taskScene(t);
  anonymous = new Agent(t.app);
  o = s.outcome;
  // 答复 and 批示 on the outcome
  expect(
    (
      await s.department.agent.post(`/api/outcomes/${o.id}/reply`, {
        reply: '已列入年度计划，东侧空地先行施工。',
        verdict: 'partly_adopted',
        verdictReason: '充电桩需电网改造',
      })
    ).statusCode,
  ).toBe(200);
  expect(
    (await s.leader.agent.post(`/api/outcomes/${o.id}/instruction`, { instruction: '请各责任单位按期办结' }))
      .statusCode,
  ).toBe(200);
  const mine = (id: string) => and(eq(outcomeRecipients.outcomeId, o.id), eq(outcomeRecipients.accountId, id));
  await t.db
    .update(outcomeRecipients)
    .set({ repliedAt: new Date('2026-03-02T16:20:00Z') })
    .where(mine(s.department.id));
  await t.db
    .update(outcomeRecipients)
    .set({ instructedAt: new Date('2026-03-03T01:05:00Z') })
    .where(mine(s.leader.id));

  a = await setTask(s.liaison.agent, {
    outcomeId: o.id,
    consensusItemId: s.consensus[0]?.id,
    ownerId: s.department.id,
    title: '增设东侧停车位',
    detail: '完成选址和施工',
    coUnits: ['东湖街道', '区交警大队'],
    milestones: [{ title: '完成选址' }],
  });
  await step(s.liaison.agent, a.id, 'urge', { note: '请于本周内报送进展' });
  await step(s.liaison.agent, a.id, 'escalate', { note: '多次催办未果', leaderId: s.leader.id });
  await step(s.leader.agent, a.id, 'instruct', { note: '请区住建局本月内办结' });
  await step(s.department.agent, a.id, 'progress', { note: '已完成选址，正在招标' });
  await stepAt(a.id, 'urged', '2026-03-09T16:30:00Z'); // 3月10日 00:30 in Shanghai
  await stepAt(a.id, 'escalated', '2026-03-10T02:00:00Z');
  await stepAt(a.id, 'instructed', '2026-03-11T01:05:00Z');
  await stepAt(a.id, 'progress', '2026-03-12T02:00:00Z');
  // its deadline passed: 16:00 UTC on 31 January is midnight, 1 February, in Shanghai
  await t.db
    .update(tasks)
    .set({ dueAt: new Date('2026-01-31T16:00:00Z') })
    .where(eq(tasks.id, a.id));

  b = await setTask(s.liaison.agent, { outcomeId: o.id, ownerId: s.department2.id, title: '规范电动车充电' });
  await step(s.department2.agent, b.id, 'done');
  await step(s.liaison.agent, b.id, 'accept');
  await t.db
    .update(tasks)
    .set({ acceptedAt: new Date('2026-04-01T17:00:00Z') })
    .where(eq(tasks.id, b.id));

  await t.db.insert(revisits).values({
    outcomeId: o.id,
    visitedAt: new Date('2026-06-30T16:30:00Z'),
    findings: '新增车位使用正常',
    residentsView: '居民满意，晚上好停车了',
    isProblemBack: false,
    recordedById: s.liaison.id,
  });
  await t.db.insert(evaluations).values({ outcomeId: o.id, kind: 'leader', accountId: s.leader.id, score: 4 });
});

describe('GET /api/tasks/:id/supervision-sheet.docx', () => {
  it('is the 督办单: matter, unit, time limit, flag, every 催办, the escalation, 批示 and progress, in Shanghai time', async () => {
    const res = await s.liaison.agent.get(`/api/tasks/${a.id}/supervision-sheet.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${a.code} 督办单.docx`));
    const text = await textOf(res);
    const number = Number(a.code.slice(-4));
    for (const part of [
      `${s.tree.townA.name}协商议事会`,
      `督〔${a.code.slice(3, 7)}〕${number}号`,
      '督办单',
      `department ${s.department.username}：`, // 主送: the unit it presses
      a.code,
      '增设东侧停车位',
      `协商成果${o.code}《${o.title}》`,
      `对应共识第1条：${s.consensus[0]?.text}`,
      '完成选址和施工',
      '东湖街道、区交警大队',
      '2026年2月1日前办结',
      '推进中',
      '红灯：逾期',
      '1. 完成选址：未完成',
      `1. 2026年3月10日 00:30 liaison ${s.liaison.username}（催办）：请于本周内报送进展`,
      `2026年3月10日 10:00 liaison ${s.liaison.username}（提请leader ${s.leader.username}督办）：多次催办未果`,
      `2026年3月11日 09:05 leader ${s.leader.username}（批示）：请区住建局本月内办结`,
      `2026年3月12日 10:00 department ${s.department.username}（报告进展）：已完成选址，正在招标`,
      '办理要求',
      '1. 请于2026年2月1日前办结',
      '反馈情况',
      '承办单位签收',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('is written in the reader’s language', async () => {
    const en = await textOf(
      await s.leader.agent.get(`/api/tasks/${a.id}/supervision-sheet.docx`, { 'accept-language': 'en' }),
    );
    expect(en).toContain('Supervision sheet (督办单)');
    expect(en).toContain(`10 March 2026, 00:30 liaison ${s.liaison.username} (Urged): 请于本周内报送进展`);
    expect(en).toContain('By 1 February 2026');
    expect(en).toContain('Red: ');
    const tw = await textOf(
      await s.liaison.agent.get(`/api/tasks/${a.id}/supervision-sheet.docx`, { 'accept-language': 'zh-TW' }),
    );
    expect(tw).toContain('督辦單');
    expect(tw).toContain('推進中');
  });

  it('is offered to those who press the task: the abilities say so', async () => {
    const forLiaison = json<TaskDetail>(await s.liaison.agent.get(`/api/tasks/${a.id}`));
    const forLeader = json<TaskDetail>(await s.leader.agent.get(`/api/tasks/${a.id}`));
    const forOwner = json<TaskDetail>(await s.department.agent.get(`/api/tasks/${a.id}`));
    const forMember = json<TaskDetail>(await s.member.agent.get(`/api/tasks/${a.id}`));
    expect([forLiaison, forLeader, forOwner, forMember].map((d) => d.abilities.sheet)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    // an accepted task's sheet is still a record of how it was pressed
    expect((await s.liaison.agent.get(`/api/tasks/${b.id}/supervision-sheet.docx`)).statusCode).toBe(200);
  });

  it('answers 401, 404 for another region or no such task, 403 to the unit it presses and members, 400 for a bad id', async () => {
    const url = `/api/tasks/${a.id}/supervision-sheet.docx`;
    expect((await anonymous.get(url)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.get(url)).statusCode).toBe(404);
    expect((await s.leaderB.agent.get(url)).statusCode).toBe(404);
    expect((await s.department2.agent.get(url)).statusCode).toBe(404); // another department's task
    expect((await s.liaison.agent.get(`/api/tasks/${NO_SUCH}/supervision-sheet.docx`)).statusCode).toBe(404);
    for (const who of [s.department, s.member]) {
      const res = await who.agent.get(url);
      expect(res.statusCode).toBe(403);
      expect(codeOf(res)).toBe('forbidden');
    }
    const bad = await s.liaison.agent.get('/api/tasks/not-a-task/supervision-sheet.docx');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['id']);
  });
});

describe('GET /api/outcomes/:id/implementation-report.docx', () => {
  it('reports the consensus, the replies and 批示, each task, the revisit and the 三评 score, in Shanghai time', async () => {
    const res = await s.liaison.agent.get(`/api/outcomes/${o.id}/implementation-report.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${o.code} ${o.title}落实情况报告.docx`));
    const text = await textOf(res);
    const number = Number(o.code.slice(-4));
    for (const part of [
      `关于《${o.title}》落实情况的报告`,
      `${s.tree.district.name}党委、政府、department ${s.department.username}：`,
      `协〔${o.code.slice(3, 7)}〕${number}号）报送`,
      '一、协商共识',
      `1. ${s.consensus[0]?.text}`,
      '二、报送及答复情况',
      '答复意见：部分采纳（理由：充电桩需电网改造）',
      '答复时间：2026年3月3日 00:20',
      '答复内容：已列入年度计划，东侧空地先行施工。',
      '三、领导批示',
      `leader ${s.leader.username}（2026年3月3日 09:05）：请各责任单位按期办结`,
      '四、任务落实情况',
      '共分解落实任务2项，其中推进中1项、已验收1项、逾期1项。',
      `（一）${a.code} 增设东侧停车位`,
      `责任单位：department ${s.department.username}`,
      '协办单位：东湖街道、区交警大队',
      '完成期限：2026年2月1日',
      '督办标识：红灯：逾期',
      `2026年3月12日 10:00 department ${s.department.username}（报告进展）：已完成选址，正在招标`,
      `2026年3月10日 00:30 liaison ${s.liaison.username}（催办）：请于本周内报送进展`,
      `2026年3月11日 09:05 leader ${s.leader.username}（批示）：请区住建局本月内办结`,
      '验收情况：尚未验收',
      `（二）${b.code} 规范电动车充电`,
      `验收通过（liaison ${s.liaison.username}）`,
      '2026年4月2日 01:00验收通过',
      '五、回头看情况',
      '（一）2026年7月1日回头看',
      '发现情况：新增车位使用正常',
      '群众意见：居民满意，晚上好停车了',
      '问题是否反弹：否',
      '六、评价情况',
      '三评综合得分75分（满分100分）。',
      '党政点评：1人评价，平均4分（5分制）',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('is written in the reader’s language', async () => {
    const res = await s.liaison.agent.get(`/api/outcomes/${o.id}/implementation-report.docx`, {
      'accept-language': 'en',
    });
    const en = await textOf(res);
    for (const part of [
      `Report on carrying out “${o.title}”`,
      'Verdict: Partly adopted (reason: 充电桩需电网改造)',
      '2 tasks were set: in progress 1, accepted 1, overdue 1.',
      'Revisit of 1 July 2026',
      'Combined score 75 out of 100.',
    ]) {
      expect(en).toContain(part);
    }
  });

  it('is for the region of the outcome; a department it was sent to, which sees only its own tasks, is refused', async () => {
    for (const who of [s.leader, s.member]) {
      expect((await who.agent.get(`/api/outcomes/${o.id}/implementation-report.docx`)).statusCode).toBe(200);
    }
    const refused = await s.department.agent.get(`/api/outcomes/${o.id}/implementation-report.docx`);
    expect(refused.statusCode).toBe(403);
  });

  it('answers 409 for a draft, 401, 404 for another region or no such outcome, 400 for a bad id', async () => {
    const unsent = await draft(s.liaison.agent, s.held.consultationId, []);
    const res = await s.liaison.agent.get(`/api/outcomes/${unsent.id}/implementation-report.docx`);
    expect(res.statusCode).toBe(409);
    expect(codeOf(res)).toBe('task_report_not_sent');
    const url = `/api/outcomes/${o.id}/implementation-report.docx`;
    expect((await anonymous.get(url)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.get(url)).statusCode).toBe(404);
    expect((await s.department2.agent.get(url)).statusCode).toBe(404); // not sent to them, not their region
    expect((await s.liaison.agent.get(`/api/outcomes/${NO_SUCH}/implementation-report.docx`)).statusCode).toBe(404);
    const bad = await s.liaison.agent.get('/api/outcomes/nope/implementation-report.docx');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['id']);
  });

  it('says what is still to come for an outcome without tasks, revisits or evaluations', async () => {
    const fresh = await sentOutcome(s);
    const text = await textOf(await s.liaison.agent.get(`/api/outcomes/${fresh.id}/implementation-report.docx`));
    for (const part of ['尚未答复。', '暂无批示。', '尚未分解落实任务。', '尚未开展回头看。', '尚无评价。']) {
      expect(text).toContain(part);
    }
  });
});
