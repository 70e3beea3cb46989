// Test fixtures for outcomes: a township with a concluded consultation, the people around it.
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { OutcomeDetail as OutcomeDetailSchema } from '../../../shared/api/outcomes';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { submissions, topicSubmissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, type TestApp } from '../../testing/harness';
import { listConsensusItems } from '../consultations';
import { buildConsultation } from '../consultations/testing';

export const CONSENSUS = ['在小区东侧空地增设停车位30个', '电动车错峰充电，充满即拔'];

/**
 * A district with two townships; township A (and its council) held a concluded consultation with
 * two consensus items. Its liaison drafts outcomes; a district leader and department receive them.
 */
export async function outcomeScene(t: TestApp) {
  const tree = await buildTree(t.db);
  const [liaison, member, leader, department, liaisonB] = await Promise.all([
    buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA }),
    buildAccount(t.app, t.db, { role: 'member', place: tree.townA }),
    buildAccount(t.app, t.db, { role: 'leader', place: tree.district }),
    buildAccount(t.app, t.db, { role: 'department', place: tree.district }),
    buildAccount(t.app, t.db, { role: 'liaison', place: tree.townB }),
  ]);
  const held = await buildConsultation(t.db, { place: tree.townA, status: 'concluded', consensus: CONSENSUS });
  const consensus = await listConsensusItems(t.db, held.consultationId);
  return { tree, liaison, member, leader, department, liaisonB, held, consensus };
}

export type OutcomeDetail = Wire<typeof OutcomeDetailSchema>;

/** Drafts an outcome through the API (201 expected). */
export async function draft(agent: Agent, consultationId: string, consensusItemIds: string[], extra = {}) {
  const res = await agent.post('/api/outcomes', {
    consultationId,
    type: 'recommendation',
    title: '关于小区停车难的建议案',
    body: '一、基本情况\n小区停车位缺口较大。\n二、建议\n增设停车位，规范充电。',
    consensusItemIds,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return json<OutcomeDetail>(res);
}

let ipSeq = 0;
/** A resident raises a submission at `place` through the public API; its id and tracking code. */
export async function raise(t: TestApp, place: BuiltPlace, content = '小区停车太难了，晚上经常找不到车位') {
  const res = await new Agent(t.app, {}, `127.9.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`).post(
    `/api/public/places/${place.code}/submissions`,
    { content },
  );
  expect(res.statusCode).toBe(201);
  const code = json<Wire<typeof SubmissionCreatedResponse>>(res).trackingCode;
  const [row] = await t.db.select({ id: submissions.id }).from(submissions).where(eq(submissions.trackingCode, code));
  return { id: row?.id as string, code };
}

/** Links a submission to a topic as the topics module does (a row in topic_submissions). */
export async function linkToTopic(t: TestApp, topicId: string, submissionId: string) {
  await t.db.insert(topicSubmissions).values({ topicId, submissionId });
}
