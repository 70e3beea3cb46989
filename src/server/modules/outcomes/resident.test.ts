import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import type { PublicSubmissionResponse } from '../submissions/schemas';
import { CONSENSUS, draft, linkToTopic, type OutcomeDetail, outcomeScene, raise } from './testing';

type Tracking = Wire<typeof PublicSubmissionResponse>;

let t: TestApp;
let s: Awaited<ReturnType<typeof outcomeScene>>;
let raised: { id: string; code: string };
let outcome: OutcomeDetail;
const track = async (code: string) => {
  const res = await new Agent(t.app, {}, '127.9.9.9').get(`/api/public/submissions/${code}`);
  expect(res.statusCode).toBe(200);
  return { page: json<Tracking>(res), body: res.body };
};

beforeAll(async () => {
  t = await startTestApp();
  s = await outcomeScene(t);
  raised = await raise(t, s.tree.villageA);
  await linkToTopic(t, s.held.topicId, raised.id);
  outcome = await draft(s.liaison.agent, s.held.consultationId, [s.consensus[1]?.id as string], {
    title: '关于电动车充电管理的协议',
    type: 'agreement',
  });
});

describe('the resident’s tracking page shows the outcome', () => {
  it('not while it is a draft', async () => {
    expect((await track(raised.code)).page.outcomes).toEqual([]);
  });

  it('once it is sent: title, type, date and the consensus it carries, nothing of who received it', async () => {
    await s.liaison.agent.post(`/api/outcomes/${outcome.id}/send`, { accountIds: [s.leader.id] });
    const { page } = await track(raised.code);
    expect(page.outcomes).toEqual([
      {
        code: outcome.code,
        type: 'agreement',
        title: '关于电动车充电管理的协议',
        sentAt: expect.any(String),
        consensus: [CONSENSUS[1]],
        replied: false,
        instructed: false,
      },
    ]);
  });

  it('marks a reply and an instruction without showing their text or the recipient', async () => {
    await s.leader.agent.post(`/api/outcomes/${outcome.id}/reply`, {
      reply: '内部答复：由区住建局办理',
      verdict: 'adopted',
    });
    await s.leader.agent.post(`/api/outcomes/${outcome.id}/instruction`, { instruction: '内部批示：抓紧落实' });
    const { page, body } = await track(raised.code);
    expect(page.outcomes[0]).toMatchObject({ replied: true, instructed: true });
    for (const secret of ['内部答复', '内部批示', s.leader.username, 'leader ']) expect(body).not.toContain(secret);
  });

  it('also on a submission merged into the linked one', async () => {
    const duplicate = await raise(t, s.tree.villageA, '晚上回来停车位总是不够用');
    const res = await s.liaison.agent.post(`/api/submissions/${duplicate.id}/actions`, {
      action: 'merge',
      targetId: raised.id,
    });
    expect(res.statusCode).toBe(200);
    const { page } = await track(duplicate.code);
    expect(page.status).toBe('merged');
    expect(page.outcomes.map((o) => o.code)).toEqual([outcome.code]);
  });

  it('not on a submission of another topic', async () => {
    const other = await raise(t, s.tree.villageA, '路灯坏了好几天没人修');
    expect((await track(other.code)).page.outcomes).toEqual([]);
  });
});
