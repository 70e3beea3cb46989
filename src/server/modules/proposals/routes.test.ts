import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { Candidates as CandidatesSchema, HandlingList } from '../../../shared/api/proposals';
import { auditEvents } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { assign, type HandlingDetail, type ProposalHandlings, proposalScene, REPLY, step } from './testing';

type ErrorBody = Wire<typeof ErrorBodySchema>;
type List = Wire<typeof HandlingList>;
type Candidates = Wire<typeof CandidatesSchema>;

let t: TestApp;
let s: Awaited<ReturnType<typeof proposalScene>>;
let anonymous: Agent;
const fieldsOf = (body: string) => (JSON.parse(body) as ErrorBody).fields?.map((f) => f.path) ?? [];
const codeOf = (body: string) => (JSON.parse(body) as ErrorBody).code;
const NO_SUCH = '00000000-0000-4000-8000-000000000000';
const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestApp();
  s = await proposalScene(t);
  anonymous = new Agent(t.app);
});

describe('POST /api/proposals/outcomes/:outcomeId/handlings (交办)', () => {
  let outcomeId: string;
  beforeAll(async () => {
    outcomeId = await s.proposal();
  });

  it('assigns a proposal to two units with the member proposer: three months, this year, by default', async () => {
    const due = new Date(Date.now() + 30 * DAY).toISOString();
    const before = Date.now();
    const answer = await assign(s.liaison.agent, outcomeId, {
      units: [{ unitId: s.department.id }, { unitId: s.department2.id, dueAt: due, year: 2027 }],
      proposerId: s.member.id,
    });
    expect(answer).toMatchObject({ isProposal: true, canAssign: true });
    expect(answer.proposer).toEqual({
      name: `member ${s.member.username}`,
      account: { id: s.member.id, displayName: `member ${s.member.username}` },
    });
    const first = answer.items.find((i) => i.unit.id === s.department.id);
    const second = answer.items.find((i) => i.unit.id === s.department2.id);
    expect(first).toMatchObject({
      unit: { id: s.department.id },
      status: 'assigned',
      rehandleCount: 0,
      isOverdue: false,
    });
    expect(first?.year).toBe(new Date(before + 8 * 3600_000).getUTCFullYear());
    const months = (new Date(first?.dueAt ?? 0).getTime() - before) / DAY;
    expect(months).toBeGreaterThan(88);
    expect(months).toBeLessThan(93);
    expect(second).toMatchObject({ unit: { id: s.department2.id }, year: 2027, dueAt: due });
    // one audit event per handling
    const events = await t.db
      .select({ entityId: auditEvents.entityId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'proposal.assign'), eq(auditEvents.actorId, s.liaison.id)));
    expect(events.map((e) => e.entityId)).toEqual(expect.arrayContaining(answer.items.map((i) => i.id)));
  });

  it('answers 409 for a unit already handling it, naming the entry', async () => {
    const res = await s.liaison.agent.post(`/api/proposals/outcomes/${outcomeId}/handlings`, {
      units: [{ unitId: s.department2.id }],
      proposer: '张三',
    });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res)).toMatchObject({ code: 'proposal_unit_assigned', field: 'units.0.unitId' });
    expect(json<ErrorBody>(res).message).toContain(`department ${s.department2.username}`);
  });

  it('answers 401 without a session, 404 in another region, 403 to a member or a leader', async () => {
    const body = { units: [{ unitId: s.department.id }], proposer: '张三' };
    const url = `/api/proposals/outcomes/${outcomeId}/handlings`;
    expect((await anonymous.post(url, body)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.post(url, body)).statusCode).toBe(404);
    expect((await s.liaison.agent.post(`/api/proposals/outcomes/${NO_SUCH}/handlings`, body)).statusCode).toBe(404);
    expect((await s.member.agent.post(url, body)).statusCode).toBe(403);
    expect((await s.leader.agent.post(url, body)).statusCode).toBe(403);
  });

  it('answers 409 for an outcome that is not a proposal, and for a draft proposal', async () => {
    const body = { units: [{ unitId: s.department.id }], proposer: '张三' };
    const recommendation = await s.proposal({ type: 'recommendation' });
    const notProposal = await s.liaison.agent.post(`/api/proposals/outcomes/${recommendation}/handlings`, body);
    expect(notProposal.statusCode).toBe(409);
    expect(codeOf(notProposal.body)).toBe('proposal_not_proposal');
    const draft = await s.proposal({ send: false });
    const drafted = await s.liaison.agent.post(`/api/proposals/outcomes/${draft}/handlings`, body);
    expect(drafted.statusCode).toBe(409);
    expect(codeOf(drafted.body)).toBe('proposal_draft');
  });

  it('answers 400 naming each field', async () => {
    const other = await s.proposal();
    const url = `/api/proposals/outcomes/${other}/handlings`;
    const shape = await s.liaison.agent.post(url, {
      units: [{ unitId: 'x', dueAt: 'tomorrow', year: 1999 }],
      proposerId: 'y',
      proposer: '张',
    });
    expect(shape.statusCode).toBe(400);
    expect(fieldsOf(shape.body).sort()).toEqual(
      ['proposer', 'proposerId', 'units.0.dueAt', 'units.0.unitId', 'units.0.year'].sort(),
    );
    const none = await s.liaison.agent.post(url, { units: [], proposer: '张三' });
    expect(fieldsOf(none.body)).toEqual(['units']);
    const noProposer = await s.liaison.agent.post(url, { units: [{ unitId: s.department.id }] });
    expect(noProposer.statusCode).toBe(400);
    expect(fieldsOf(noProposer.body)).toEqual(['proposer']);
    // a proposer account that is no member; a leader, a far department, a unit twice, a past due date
    const notMember = await s.liaison.agent.post(url, {
      units: [{ unitId: s.department.id }],
      proposerId: s.leader.id,
    });
    expect(fieldsOf(notMember.body)).toEqual(['proposerId']);
    const past = new Date(Date.now() - DAY).toISOString();
    const units = await s.liaison.agent.post(url, {
      units: [
        { unitId: s.leader.id },
        { unitId: s.farDepartment.id },
        { unitId: s.department.id, dueAt: past },
        { unitId: s.department.id },
      ],
      proposer: '张三',
    });
    expect(units.statusCode).toBe(400);
    expect(fieldsOf(units.body)).toEqual(['units.0.unitId', 'units.1.unitId', 'units.2.dueAt', 'units.3.unitId']);
    // nothing half written
    const card = json<ProposalHandlings>(await s.liaison.agent.get(`/api/proposals/outcomes/${other}`));
    expect(card.items).toEqual([]);
  });
});

describe('the assign form: GET /api/proposals/outcomes/:outcomeId and its candidates', () => {
  let outcomeId: string;
  beforeAll(async () => {
    outcomeId = await s.proposal();
    await assign(s.liaison.agent, outcomeId, { units: [{ unitId: s.department.id }], proposer: '市政协 李委员' });
  });

  it('shows the handlings with who may assign more, and the proposer so far', async () => {
    const mine = json<ProposalHandlings>(await s.liaison.agent.get(`/api/proposals/outcomes/${outcomeId}`));
    expect(mine).toMatchObject({
      isProposal: true,
      canAssign: true,
      proposer: { name: '市政协 李委员', account: null },
    });
    expect(mine.items.map((i) => i.unit.id)).toEqual([s.department.id]);
    const leader = json<ProposalHandlings>(await s.leader.agent.get(`/api/proposals/outcomes/${outcomeId}`));
    expect(leader.canAssign).toBe(false);
    expect(leader.items).toHaveLength(1);
  });

  it('says when an outcome is no proposal; 401, 404', async () => {
    const recommendation = await s.proposal({ type: 'recommendation' });
    const res = json<ProposalHandlings>(await s.liaison.agent.get(`/api/proposals/outcomes/${recommendation}`));
    expect(res).toEqual({ isProposal: false, canAssign: false, proposer: null, items: [] });
    expect((await anonymous.get(`/api/proposals/outcomes/${outcomeId}`)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.get(`/api/proposals/outcomes/${outcomeId}`)).statusCode).toBe(404);
    expect((await s.liaison.agent.get('/api/proposals/outcomes/not-a-uuid')).statusCode).toBe(400);
  });

  it('offers departments serving the place, not yet handling it', async () => {
    const res = await s.liaison.agent.get(`/api/proposals/outcomes/${outcomeId}/unit-candidates`);
    expect(res.statusCode).toBe(200);
    const ids = json<Candidates>(res).items.map((c) => c.id);
    expect(ids).toContain(s.department2.id);
    expect(ids).not.toContain(s.department.id); // already handling it
    expect(ids).not.toContain(s.farDepartment.id);
    expect(ids).not.toContain(s.leader.id);
    const searched = json<Candidates>(
      await s.liaison.agent.get(`/api/proposals/outcomes/${outcomeId}/unit-candidates?q=${s.department2.username}`),
    );
    expect(searched.items).toEqual([
      {
        id: s.department2.id,
        displayName: `department ${s.department2.username}`,
        username: s.department2.username,
        place: { id: s.tree.district.id, name: s.tree.district.name },
      },
    ]);
  });

  it('offers members at, above or beneath the place as proposers', async () => {
    const res = await s.liaison.agent.get(`/api/proposals/outcomes/${outcomeId}/proposer-candidates`);
    const ids = json<Candidates>(res).items.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([s.member.id, s.member2.id]));
    expect(ids).not.toContain(s.liaison.id);
  });

  it('answers 401, 404 and 403 for candidates', async () => {
    for (const kind of ['unit-candidates', 'proposer-candidates']) {
      const url = `/api/proposals/outcomes/${outcomeId}/${kind}`;
      expect((await anonymous.get(url)).statusCode).toBe(401);
      expect((await s.liaisonB.agent.get(url)).statusCode).toBe(404);
      expect((await s.member.agent.get(url)).statusCode).toBe(403);
      expect((await s.leader.agent.get(url)).statusCode).toBe(403);
    }
  });
});

describe('GET /api/proposals/handlings and /:id: who sees what', () => {
  let outcomeId: string;
  let mine: string; // department's
  let theirs: string; // department2's, on the same proposal
  let elsewhere: string; // department2's on another proposal
  beforeAll(async () => {
    outcomeId = await s.proposal();
    const card = await assign(s.liaison.agent, outcomeId, {
      units: [{ unitId: s.department.id }, { unitId: s.department2.id }],
      proposerId: s.member.id,
    });
    mine = card.items.find((i) => i.unit.id === s.department.id)?.id as string;
    theirs = card.items.find((i) => i.unit.id === s.department2.id)?.id as string;
    const other = await s.proposal();
    elsewhere = (await assign(s.liaison.agent, other, { units: [{ unitId: s.department2.id }], proposer: '王五' }))
      .items[0]?.id as string;
  });

  it('shows a department its handlings and its fellow units’ on the same proposal', async () => {
    const list = json<List>(await s.department.agent.get(`/api/proposals/handlings?pageSize=100`));
    const ids = list.items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([mine, theirs]));
    expect(ids).not.toContain(elsewhere);
    expect((await s.department.agent.get(`/api/proposals/handlings/${elsewhere}`)).statusCode).toBe(404);
    const detail = json<HandlingDetail>(await s.department.agent.get(`/api/proposals/handlings/${mine}`));
    expect(detail.abilities).toEqual({ reply: true, meet: false, rate: false, rehandle: false });
    // the unit reads the proposal's text here, though the outcome's own page is not theirs
    expect(detail.proposal).toMatchObject({ source: 'outcome', id: outcomeId, canOpen: false });
    expect(detail.proposal.body).toContain('停车位');
    const sibling = json<HandlingDetail>(await s.department.agent.get(`/api/proposals/handlings/${theirs}`));
    expect(sibling.abilities.reply).toBe(false);
  });

  it('shows the liaison, leader and members of the region everything in it; 404 elsewhere', async () => {
    for (const who of [s.liaison, s.leader, s.member2]) {
      const ids = json<List>(await who.agent.get(`/api/proposals/handlings?outcomeId=${outcomeId}`)).items.map(
        (i) => i.id,
      );
      expect(ids.sort()).toEqual([mine, theirs].sort());
    }
    const liaison = json<HandlingDetail>(await s.liaison.agent.get(`/api/proposals/handlings/${mine}`));
    expect(liaison).toMatchObject({
      status: 'assigned',
      proposer: `member ${s.member.username}`,
      proposerAccount: { id: s.member.id },
      createdBy: { id: s.liaison.id },
      proposal: { source: 'outcome', canOpen: true },
      abilities: { reply: false, meet: false, rate: false, rehandle: false },
    });
    expect(liaison.steps).toEqual([
      expect.objectContaining({ kind: 'assigned', round: 1, dueAt: liaison.dueAt, year: liaison.year }),
    ]);
    expect((await s.liaisonB.agent.get(`/api/proposals/handlings/${mine}`)).statusCode).toBe(404);
    expect(json<List>(await s.liaisonB.agent.get(`/api/proposals/handlings?outcomeId=${outcomeId}`)).total).toBe(0);
    expect((await s.liaison.agent.get(`/api/proposals/handlings/${NO_SUCH}`)).statusCode).toBe(404);
    expect((await anonymous.get(`/api/proposals/handlings/${mine}`)).statusCode).toBe(401);
    expect((await anonymous.get('/api/proposals/handlings')).statusCode).toBe(401);
  });

  it('filters by status, unit, year and search, with counts per status', async () => {
    await step(s.department.agent, mine, 'reply', REPLY);
    const all = json<List>(await s.liaison.agent.get(`/api/proposals/handlings?outcomeId=${outcomeId}`));
    expect(all.counts).toEqual({ assigned: 1, replied: 1, met: 0, rated: 0 });
    const replied = json<List>(
      await s.liaison.agent.get(`/api/proposals/handlings?outcomeId=${outcomeId}&status=replied`),
    );
    expect(replied.items.map((i) => [i.id, i.status, i.replyCategory])).toEqual([[mine, 'replied', 'adopted']]);
    expect(replied.total).toBe(1);
    const byUnit = json<List>(
      await s.liaison.agent.get(`/api/proposals/handlings?unitId=${s.department2.id}&pageSize=100`),
    );
    expect(byUnit.items.map((i) => i.id)).toEqual(expect.arrayContaining([theirs, elsewhere]));
    expect(byUnit.items.every((i) => i.unit.id === s.department2.id)).toBe(true);
    const year = all.items[0]?.year as number;
    expect(
      json<List>(await s.liaison.agent.get(`/api/proposals/handlings?outcomeId=${outcomeId}&year=${year + 1}`)).total,
    ).toBe(0);
    const title = all.items[0]?.proposal.title as string;
    const searched = json<List>(await s.liaison.agent.get(`/api/proposals/handlings?q=${encodeURIComponent(title)}`));
    expect(searched.items.map((i) => i.proposal.id)).toEqual([outcomeId, outcomeId]);
    const code = all.items[0]?.proposal.code as string;
    expect(json<List>(await s.liaison.agent.get(`/api/proposals/handlings?q=${code}`)).total).toBe(2);
  });

  it('answers 400 for bad filters', async () => {
    const res = await s.liaison.agent.get('/api/proposals/handlings?year=1800&status=done&filter=x&unitId=1');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body).sort()).toEqual(['filter', 'status', 'unitId', 'year']);
  });
});
