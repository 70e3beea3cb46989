import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { CaseFileResponse } from '../../../shared/api/outcomes';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { draft, linkToTopic, type OutcomeDetail, outcomeScene, raise } from './testing';

type CaseFile = Wire<typeof CaseFileResponse>;

let t: TestApp;
let s: Awaited<ReturnType<typeof outcomeScene>>;
let near: { id: string; code: string }; // raised in township A's village
let far: { id: string; code: string }; // raised in township B's community, linked to the same topic
let loose: { id: string; code: string }; // raised in township A, never made a topic
let outcome: OutcomeDetail;

const caseFile = (agent: Agent, kind: string, id: string) => agent.get(`/api/case-file?kind=${kind}&id=${id}`);
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

beforeAll(async () => {
  t = await startTestApp();
  s = await outcomeScene(t);
  near = await raise(t, s.tree.villageA, '小区停车太难了，晚上经常找不到车位');
  far = await raise(t, s.tree.villageB, '隔壁小区的车都停到我们这边来了');
  loose = await raise(t, s.tree.villageA, '路灯坏了好几天没人修');
  await linkToTopic(t, s.held.topicId, near.id);
  await linkToTopic(t, s.held.topicId, far.id);
  outcome = await draft(
    s.liaison.agent,
    s.held.consultationId,
    s.consensus.map((c) => c.id),
  );
  await s.liaison.agent.post(`/api/outcomes/${outcome.id}/send`, { accountIds: [s.department.id] });
});

describe('GET /api/case-file', () => {
  it.each(['submission', 'topic', 'consultation', 'outcome'] as const)(
    'gives the township liaison the whole chain from the %s, leaving out the other township’s submission',
    async (kind) => {
      const start = {
        submission: near.id,
        topic: s.held.topicId,
        consultation: s.held.consultationId,
        outcome: outcome.id,
      }[kind];
      const res = await caseFile(s.liaison.agent, kind, start);
      expect(res.statusCode).toBe(200);
      const file = json<CaseFile>(res);
      expect(ids(file.submissions)).toEqual([near.id]);
      expect(file.submissions[0]?.trackingCode).toBe(near.code);
      expect(file.topic?.id).toBe(s.held.topicId);
      expect(ids(file.consultations)).toEqual([s.held.consultationId]);
      expect(ids(file.outcomes)).toEqual([outcome.id]);
      expect(file.outcomes[0]).toMatchObject({ code: outcome.code, type: 'recommendation', status: 'sent' });
    },
  );

  it('shows the district leader every linked submission', async () => {
    const leader = s.leader.agent;
    const file = json<CaseFile>(await caseFile(leader, 'consultation', s.held.consultationId));
    expect(ids(file.submissions)).toEqual([near.id, far.id].sort());
  });

  it('shows the other township only its own submission: the topic and what followed are not theirs', async () => {
    const file = json<CaseFile>(await caseFile(s.liaisonB.agent, 'submission', far.id));
    expect(file).toEqual({
      submissions: [expect.objectContaining({ id: far.id })],
      topic: null,
      consultations: [],
      outcomes: [],
    });
    expect((await caseFile(s.liaisonB.agent, 'consultation', s.held.consultationId)).statusCode).toBe(404);
    expect((await caseFile(s.liaisonB.agent, 'outcome', outcome.id)).statusCode).toBe(404);
  });

  it('shows a department recipient the outcome it was sent and nothing else', async () => {
    const file = json<CaseFile>(await caseFile(s.department.agent, 'outcome', outcome.id));
    expect(file).toEqual({
      submissions: [],
      topic: null,
      consultations: [],
      outcomes: [expect.objectContaining({ id: outcome.id })],
    });
  });

  it('gives a submission without a topic a file of its own', async () => {
    const file = json<CaseFile>(await caseFile(s.liaison.agent, 'submission', loose.id));
    expect(file).toEqual({
      submissions: [expect.objectContaining({ id: loose.id })],
      topic: null,
      consultations: [],
      outcomes: [],
    });
  });

  it('answers 401 without a session, 400 for a bad kind or id, 404 for what one cannot see', async () => {
    expect((await caseFile(new Agent(t.app), 'topic', s.held.topicId)).statusCode).toBe(401);
    expect((await caseFile(s.liaison.agent, 'task', s.held.topicId)).statusCode).toBe(400);
    expect((await caseFile(s.liaison.agent, 'topic', 'nope')).statusCode).toBe(400);
    expect((await caseFile(s.liaison.agent, 'submission', far.id)).statusCode).toBe(404);
    expect((await caseFile(s.liaisonB.agent, 'topic', s.held.topicId)).statusCode).toBe(404);
  });
});
