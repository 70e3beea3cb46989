// Test fixtures for proposal handling: the outcomes scene (a district, township A with a concluded
// consultation) with a second department, one that does not serve township A, and a second member.
import { expect } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type {
  HandlingDetail as HandlingDetailSchema,
  ProposalHandlings as ProposalHandlingsSchema,
} from '../../../shared/api/proposals';
import { buildAccount } from '../../testing/factories';
import { type Agent, json, type TestApp } from '../../testing/harness';
import { draft, outcomeScene } from '../outcomes/testing';

export type HandlingDetail = Wire<typeof HandlingDetailSchema>;
export type ProposalHandlings = Wire<typeof ProposalHandlingsSchema>;

export async function proposalScene(t: TestApp) {
  const s = await outcomeScene(t);
  const [department2, farDepartment, member2] = await Promise.all([
    buildAccount(t.app, t.db, { role: 'department', place: s.tree.district }),
    buildAccount(t.app, t.db, { role: 'department', place: s.tree.townB }),
    buildAccount(t.app, t.db, { role: 'member', place: s.tree.townA }),
  ]);
  let n = 0;
  /** A proposal (提案) drafted by township A's liaison and sent to the district leader. */
  const proposal = async (opts: { type?: string; send?: boolean } = {}) => {
    n += 1;
    const o = await draft(s.liaison.agent, s.held.consultationId, [], {
      type: opts.type ?? 'proposal',
      title: `关于规范小区停车管理的提案（${n}）`,
    });
    if (opts.send !== false) {
      const res = await s.liaison.agent.post(`/api/outcomes/${o.id}/send`, { accountIds: [s.leader.id] });
      expect(res.statusCode, res.body).toBe(200);
    }
    return o.id;
  };
  return { ...s, department2, farDepartment, member2, proposal };
}

/** Assigns a proposal to units through the API (201 expected), the scene's member as proposer. */
export async function assign(liaison: Agent, outcomeId: string, body: Record<string, unknown>) {
  const res = await liaison.post(`/api/proposals/outcomes/${outcomeId}/handlings`, body);
  expect(res.statusCode, res.body).toBe(201);
  return json<ProposalHandlings>(res);
}

/** One step through the API (200 expected): the handling as it now stands. */
export async function step(agent: Agent, id: string, action: 'reply' | 'meet' | 'rate' | 'rehandle', body: unknown) {
  const res = await agent.post(`/api/proposals/handlings/${id}/${action}`, body);
  expect(res.statusCode, res.body).toBe(200);
  return json<HandlingDetail>(res);
}

export const REPLY = { category: 'adopted', reply: '已采纳，增设停车位30个，年内完工。' } as const;
export const meeting = () => ({ metAt: new Date(Date.now() - 3600_000).toISOString(), metWith: '区住建局 王科长' });
