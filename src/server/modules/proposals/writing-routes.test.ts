// 提案办理 of a member's own proposal (委员提案) through the API: the CPPCC office assigns a forwarded
// proposal to units, its author is the proposer who rates it, and it counts in the rates like any.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { Candidates, HandlingList, RatesResponse } from '../../../shared/api/proposals';
import { proposalHandlings } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { adopted, draft, fieldsOf, forwarded, NO_SUCH, writingScene } from '../writings/testing';
import { type HandlingDetail, meeting, type ProposalHandlings, REPLY, step } from './testing';

let t: TestApp;
let s: Awaited<ReturnType<typeof writingScene>>;
let anonymous: Agent;
const codeOf = (body: string) => (JSON.parse(body) as Wire<typeof ErrorBody>).code;
const card = (by: Agent, id: string) => by.get(`/api/proposals/writings/${id}`);
const assignTo = (by: Agent, id: string, body: unknown) => by.post(`/api/proposals/writings/${id}/handlings`, body);
const proposal = () => forwarded(s, { kind: 'proposal', title: '关于完善农村养老服务体系的提案' });
const YEAR = 2031; // this file's handlings count in a year of their own

beforeAll(async () => {
  t = await startTestApp();
  s = await writingScene(t);
  anonymous = new Agent(t.app);
});

describe('GET /api/proposals/writings/:writingId', () => {
  it('shows the card on a forwarded proposal, its author the proposer; the office in reach may assign', async () => {
    const w = await proposal();
    const office = json<ProposalHandlings>(await card(s.cppcc.agent, w.id));
    expect(office).toEqual({
      isProposal: true,
      canAssign: true,
      proposer: {
        name: `member ${s.author.username}`,
        account: { id: s.author.id, displayName: `member ${s.author.username}` },
      },
      items: [],
    });
    expect(json<ProposalHandlings>(await card(s.cppccA.agent, w.id)).canAssign).toBe(true);
    for (const who of [s.author, s.leader, s.liaison]) {
      const res = await card(who.agent, w.id);
      expect(res.statusCode, who.username).toBe(200);
      expect(json<ProposalHandlings>(res)).toMatchObject({ isProposal: true, canAssign: false });
    }
  });

  it('shows none on a 社情民意 or a proposal not forwarded yet', async () => {
    const opinion = await forwarded(s);
    const notYet = await adopted(s, { kind: 'proposal' });
    for (const w of [opinion, notYet])
      expect(json<ProposalHandlings>(await card(s.cppcc.agent, w.id))).toEqual({
        isProposal: false,
        canAssign: false,
        proposer: null,
        items: [],
      });
  });

  it('answers 401, 404 to those who do not see the writing, 400 on a bad id', async () => {
    const w = await proposal();
    expect((await card(anonymous, w.id)).statusCode).toBe(401);
    for (const who of [s.cppccB, s.leaderB, s.memberB, s.member, s.department])
      expect((await card(who.agent, w.id)).statusCode, who.username).toBe(404);
    expect((await card(s.cppcc.agent, NO_SUCH)).statusCode).toBe(404);
    const d = await draft(s.author.agent, { kind: 'proposal' });
    expect((await card(s.cppcc.agent, d.id)).statusCode).toBe(404); // a draft is its author's alone
    const bad = await card(s.cppcc.agent, 'x');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['writingId']);
  });
});

describe('POST /api/proposals/writings/:writingId/handlings', () => {
  it('assigns it to units: handled as any proposal, its author rating it; the unit reads it there', async () => {
    const w = await proposal();
    const res = await assignTo(s.cppcc.agent, w.id, { units: [{ unitId: s.department.id, year: YEAR }] });
    expect(res.statusCode, res.body).toBe(201);
    const assigned = json<ProposalHandlings>(res);
    expect(assigned.items).toMatchObject([
      {
        proposal: { source: 'writing', id: w.id, code: w.code, title: w.title },
        unit: { id: s.department.id },
        proposer: `member ${s.author.username}`,
        proposerAccount: { id: s.author.id },
        year: YEAR,
        status: 'assigned',
      },
    ]);
    const [row] = await t.db.select().from(proposalHandlings).where(eq(proposalHandlings.writingId, w.id));
    expect(row).toMatchObject({ outcomeId: null, unitId: s.department.id, proposerId: s.author.id });
    const id = assigned.items[0]?.id as string;

    const theirs = json<HandlingDetail>(await s.department.agent.get(`/api/proposals/handlings/${id}`));
    expect(theirs.proposal).toMatchObject({ source: 'writing', id: w.id, body: w.body, canOpen: false });
    expect(theirs.abilities).toEqual({ reply: true, meet: false, rate: false, rehandle: false });
    expect(theirs.steps).toMatchObject([{ kind: 'assigned', year: YEAR, actor: expect.stringContaining('cppcc') }]);
    await step(s.department.agent, id, 'reply', REPLY);
    await step(s.department.agent, id, 'meet', meeting());
    const rated = await step(s.author.agent, id, 'rate', { satisfaction: 'satisfied' });
    expect(rated).toMatchObject({ status: 'rated', satisfaction: 'satisfied' });
    // the office that forwarded it opens the writing from the handling
    const office = json<HandlingDetail>(await s.cppcc.agent.get(`/api/proposals/handlings/${id}`));
    expect(office.proposal.canOpen).toBe(true);
    expect(json<ProposalHandlings>(await card(s.author.agent, w.id)).items).toMatchObject([{ id, status: 'rated' }]);
  });

  it('counts in the rates per unit and year and lists with the writing’s filter; another region sees none of it', async () => {
    const scene = await writingScene(t); // a tree of its own, so the rates are this test's
    const w = await forwarded(scene, { kind: 'proposal' });
    const unit2 = await buildAccount(t.app, t.db, { role: 'department', place: scene.tree.townA });
    const card2 = json<ProposalHandlings>(
      await assignTo(scene.cppcc.agent, w.id, {
        units: [
          { unitId: scene.department.id, year: YEAR },
          { unitId: unit2.id, year: YEAR },
        ],
      }),
    );
    const first = card2.items.find((h) => h.unit.id === scene.department.id)?.id as string;
    await step(scene.department.agent, first, 'reply', REPLY);
    const rates = json<Wire<typeof RatesResponse>>(
      await scene.cppcc.agent.get(`/api/proposals/rates?year=${YEAR}&placeId=${scene.tree.townA.id}`),
    );
    expect(rates.total).toMatchObject({ assigned: 2, reply: { numerator: 1, denominator: 2 } });
    expect(rates.units.map((u) => [u.unit.id, u.assigned, u.reply.numerator]).sort()).toEqual(
      [
        [scene.department.id, 1, 1],
        [unit2.id, 1, 0],
      ].sort(),
    );
    const list = json<Wire<typeof HandlingList>>(
      await scene.liaison.agent.get(`/api/proposals/handlings?writingId=${w.id}&filter=unreplied`),
    );
    expect(list.items.map((i) => i.unit.id)).toEqual([unit2.id]);
    const found = json<Wire<typeof HandlingList>>(
      await scene.leader.agent.get(`/api/proposals/handlings?q=${encodeURIComponent(w.code ?? '')}`),
    );
    expect(found.total).toBe(2);
    const far = json<Wire<typeof RatesResponse>>(await scene.leaderB.agent.get(`/api/proposals/rates?year=${YEAR}`));
    expect(far.total.assigned).toBe(0);
    expect((await scene.leaderB.agent.get(`/api/proposals/handlings/${first}`)).statusCode).toBe(404);
    expect((await scene.memberB.agent.get(`/api/proposals/handlings/${first}`)).statusCode).toBe(404);
  });

  it('answers 401, 404, 403 to all but the office in reach (never the author), 409 unless a forwarded proposal', async () => {
    const w = await proposal();
    const body = { units: [{ unitId: s.department.id }] };
    expect((await assignTo(anonymous, w.id, body)).statusCode).toBe(401);
    for (const who of [s.cppccB, s.leaderB, s.member])
      expect((await assignTo(who.agent, w.id, body)).statusCode, who.username).toBe(404);
    expect((await assignTo(s.cppcc.agent, NO_SUCH, body)).statusCode).toBe(404);
    for (const who of [s.author, s.leader, s.liaison])
      expect((await assignTo(who.agent, w.id, body)).statusCode, who.username).toBe(403);
    const notYet = await adopted(s, { kind: 'proposal' });
    const early = await assignTo(s.cppcc.agent, notYet.id, body);
    expect(early.statusCode).toBe(409);
    expect(codeOf(early.body)).toBe('proposal_not_forwarded');
    const opinion = await forwarded(s);
    const notProposal = await assignTo(s.cppcc.agent, opinion.id, body);
    expect(notProposal.statusCode).toBe(409);
    expect(codeOf(notProposal.body)).toBe('proposal_writing_not_proposal');
    expect(await t.db.$count(proposalHandlings, eq(proposalHandlings.writingId, notYet.id))).toBe(0);
  });

  it('answers 400 by field (no unit, one not serving its place, twice, due in the past), 409 for one already handling it', async () => {
    const w = await proposal();
    const past = new Date(Date.now() - 86_400_000).toISOString();
    const cases: [unknown, string[]][] = [
      [{ units: [] }, ['units']],
      [{}, ['units']],
      [{ units: [{ unitId: 'x', year: 1999 }] }, ['units.0.unitId', 'units.0.year']],
      [{ units: [{ unitId: s.departmentB.id }] }, ['units.0.unitId']], // serves another township
      [{ units: [{ unitId: s.leader.id }] }, ['units.0.unitId']], // not a department
      [{ units: [{ unitId: s.department.id }, { unitId: s.department.id }] }, ['units.1.unitId']],
      [{ units: [{ unitId: s.department.id, dueAt: past }] }, ['units.0.dueAt']],
    ];
    for (const [body, fields] of cases) {
      const res = await assignTo(s.cppcc.agent, w.id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(res.body), JSON.stringify(body)).toEqual(fields);
    }
    expect(await t.db.$count(proposalHandlings, eq(proposalHandlings.writingId, w.id))).toBe(0);
    expect((await assignTo(s.cppcc.agent, w.id, { units: [{ unitId: s.department.id }] })).statusCode).toBe(201);
    const again = await assignTo(s.cppcc.agent, w.id, { units: [{ unitId: s.department.id }] });
    expect(again.statusCode).toBe(409);
    expect(JSON.parse(again.body)).toMatchObject({ code: 'proposal_unit_assigned', field: 'units.0.unitId' });
  });
});

describe('GET /api/proposals/writings/:writingId/unit-candidates', () => {
  const candidates = (by: Agent, id: string) => by.get(`/api/proposals/writings/${id}/unit-candidates`);

  it('offers the departments serving its place, not those already handling it', async () => {
    const w = await proposal();
    const ids = json<Wire<typeof Candidates>>(await candidates(s.cppcc.agent, w.id)).items.map((c) => c.id);
    expect(ids).toContain(s.department.id);
    expect(ids).not.toContain(s.departmentB.id);
    await assignTo(s.cppcc.agent, w.id, { units: [{ unitId: s.department.id }] });
    const after = json<Wire<typeof Candidates>>(await candidates(s.cppcc.agent, w.id)).items.map((c) => c.id);
    expect(after).not.toContain(s.department.id);
  });

  it('answers 401, 404, 403 to those who may not assign it', async () => {
    const w = await proposal();
    expect((await candidates(anonymous, w.id)).statusCode).toBe(401);
    expect((await candidates(s.cppccB.agent, w.id)).statusCode).toBe(404);
    for (const who of [s.author, s.leader]) expect((await candidates(who.agent, w.id)).statusCode).toBe(403);
  });
});
