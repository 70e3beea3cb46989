import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { DutyEntry, DutyEntryList, DutyLedger } from '../../../shared/api/duty';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { at, type DutyScene, dutyScene, fieldsOf, inDays, insertManualEntry, NO_SUCH, noticesOf } from './testing';

type Entry = Wire<typeof DutyEntry>;
type Ledger = Wire<typeof DutyLedger>;

let t: TestApp;
let s: DutyScene;
let anonymous: Agent;
let neighbour: Agent; // another member of township A
const codeOf = (body: string) => (JSON.parse(body) as Wire<typeof ErrorBody>).code;
const ask = (by: Agent, body: Record<string, unknown> = {}) =>
  by.post('/api/duty/entries', {
    happenedAt: inDays(-3),
    description: '参加区政协专题调研，走访三个村',
    evidence: '调研报告（青协调〔2026〕5号）',
    points: 3.5,
    ...body,
  });
const asked = async (by: Agent, body: Record<string, unknown> = {}) => {
  const res = await ask(by, body);
  expect(res.statusCode, res.body).toBe(201);
  return json<Entry>(res);
};
const review = (by: Agent, id: string, body: unknown) => by.post(`/api/duty/entries/${id}/review`, body);

beforeAll(async () => {
  t = await startTestApp();
  s = await dutyScene(t);
  anonymous = new Agent(t.app);
  neighbour = (await buildAccount(t.app, t.db, { role: 'member', place: s.tree.townA })).agent;
});

describe('POST /api/duty/entries', () => {
  it('files a member’s own entry, pending, trimmed, in the year it happened', async () => {
    const e = await asked(s.member.agent, { description: '  参加区政协专题调研  ' });
    expect(e).toMatchObject({
      member: { id: s.member.id, place: { id: s.tree.townA.id } },
      description: '参加区政协专题调研',
      points: 3.5,
      status: 'pending',
      reviewedBy: null,
      year: new Date(Date.now() - 3 * 86_400_000 + 8 * 3_600_000).getUTCFullYear(),
      abilities: { review: false },
    });
  });

  it('tells the CPPCC office over the member that an entry waits for review, else the liaisons', async () => {
    const e = await asked(s.member.agent, {
      description: '参加区政协专题调研，走访三个村，形成调研报告一份并提交区政协',
    });
    expect(await noticesOf(t, s.cppcc.id, e.id)).toMatchObject([
      {
        kind: 'duty_entry_requested',
        params: {
          title: '参加区政协专题调研，走访三个村，形成调研报告一份并提交区政协',
          actor: `member ${s.member.username}`,
        },
      },
    ]);
    for (const other of [s.liaison, s.cppccB, s.member]) expect(await noticesOf(t, other.id, e.id)).toEqual([]);
    // a district without an office of its own on the platform: its liaisons review, and are told
    const tree = await buildTree(t.db);
    const [liaison, member] = await Promise.all([
      buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA }),
      buildAccount(t.app, t.db, { role: 'member', place: tree.townA }),
    ]);
    const theirs = await asked(member.agent);
    expect(await noticesOf(t, liaison.id, theirs.id)).toMatchObject([{ kind: 'duty_entry_requested' }]);
  });

  it('answers 401, 403 to those who are not members, 400 naming each field, 409 for a closed year', async () => {
    expect((await ask(anonymous)).statusCode).toBe(401);
    for (const who of [s.cppcc, s.liaison, s.leader]) expect((await ask(who.agent)).statusCode).toBe(403);
    const bad = await ask(s.member.agent, { happenedAt: 'yesterday', description: ' 好 ', evidence: '', points: 1.25 });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['description', 'evidence', 'happenedAt', 'points']);
    for (const points of [0, -1, 101, '3'])
      expect(fieldsOf((await ask(s.member.agent, { points })).body)).toEqual(['points']);
    const future = await ask(s.member.agent, { happenedAt: inDays(2) });
    expect(future.statusCode).toBe(400);
    expect(fieldsOf(future.body)).toEqual(['happenedAt']);
    expect((await s.cppccB.agent.post('/api/duty/closings', { placeId: s.tree.townB.id, year: 2023 })).statusCode).toBe(
      201,
    );
    const closed = await ask(s.memberB.agent, { happenedAt: at(2023, 6, 1).toISOString() });
    expect(closed.statusCode).toBe(409);
    expect(codeOf(closed.body)).toBe('duty_year_closed');
  });
});

describe('GET /api/duty/entries/:id', () => {
  it('shows the member and reviewers in reach; the liaison may review it', async () => {
    const e = await asked(s.member.agent);
    expect(json<Entry>(await s.member.agent.get(`/api/duty/entries/${e.id}`)).abilities).toEqual({ review: false });
    expect(json<Entry>(await s.liaison.agent.get(`/api/duty/entries/${e.id}`)).abilities).toEqual({ review: true });
    expect(json<Entry>(await s.cppcc.agent.get(`/api/duty/entries/${e.id}`)).abilities).toEqual({ review: true });
    expect(json<Entry>(await s.leader.agent.get(`/api/duty/entries/${e.id}`)).abilities).toEqual({ review: false });
  });

  it('answers 401, 404 in another region or for no such entry, 403 to another member and administrators, 400 on a bad id', async () => {
    const e = await asked(s.member.agent);
    const url = `/api/duty/entries/${e.id}`;
    expect((await anonymous.get(url)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.get(url)).statusCode).toBe(404);
    expect((await s.memberB.agent.get(url)).statusCode).toBe(404);
    expect((await s.liaison.agent.get(`/api/duty/entries/${NO_SUCH}`)).statusCode).toBe(404);
    expect((await neighbour.get(url)).statusCode).toBe(403);
    expect((await s.admin.agent.get(url)).statusCode).toBe(403);
    expect((await s.liaison.agent.get('/api/duty/entries/x')).statusCode).toBe(400);
  });
});

describe('GET /api/duty/entries', () => {
  it('lists one’s own to a member, the region’s to readers, filtered by status', async () => {
    const mine = await asked(s.member.agent);
    const theirs = await asked(s.memberB.agent);
    const idsOf = async (by: Agent, q = '') =>
      json<Wire<typeof DutyEntryList>>(await by.get(`/api/duty/entries?pageSize=100${q}`)).items.map((e) => e.id);
    expect(await idsOf(s.member.agent)).toContain(mine.id);
    expect(await idsOf(s.member.agent)).not.toContain(theirs.id);
    expect(await idsOf(neighbour)).not.toContain(mine.id);
    expect(await idsOf(s.liaison.agent, '&status=pending')).toContain(mine.id);
    expect(await idsOf(s.liaison.agent)).not.toContain(theirs.id);
    expect(await idsOf(s.cppcc.agent, `&placeId=${s.tree.townB.id}`)).toEqual(expect.arrayContaining([theirs.id]));
    expect(await idsOf(s.cppcc.agent, `&placeId=${s.tree.townB.id}`)).not.toContain(mine.id);
    expect(await idsOf(s.liaison.agent, '&status=approved')).not.toContain(mine.id);
    expect(await idsOf(s.liaisonB.agent, `&memberId=${s.member.id}`)).toEqual([]);
  });

  it('answers 401, and 400 on bad filters', async () => {
    expect((await anonymous.get('/api/duty/entries')).statusCode).toBe(401);
    const bad = await s.liaison.agent.get('/api/duty/entries?status=maybe&year=x&placeId=y&memberId=z&page=0');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['memberId', 'page', 'placeId', 'status', 'year']);
  });
});

describe('POST /api/duty/entries/:id/review', () => {
  it('approves: the member is told it passed, and the entry counts in their ledger', async () => {
    const e = await asked(s.member.agent, { points: 4 });
    const res = await review(s.liaison.agent, e.id, { verdict: 'approved', note: '  材料齐全  ' });
    expect(res.statusCode, res.body).toBe(200);
    expect(json<Entry>(res)).toMatchObject({
      status: 'approved',
      reviewedBy: { id: s.liaison.id },
      reviewNote: '材料齐全',
      abilities: { review: false },
    });
    const notices = await noticesOf(t, s.member.id, e.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'duty_entry_reviewed',
      params: { note: '材料齐全', verdict: 'approved' },
    });
    const ledger = json<Ledger>(await s.member.agent.get(`/api/duty/members/${s.member.id}?year=${e.year}`));
    expect(ledger.entries.filter((l) => l.kind === 'manual').map((l) => l.record.path)).toContain(
      `/duty/entries/${e.id}`,
    );
    const twice = await review(s.cppcc.agent, e.id, { verdict: 'rejected', note: '重复' });
    expect(twice.statusCode).toBe(409);
    expect(codeOf(twice.body)).toBe('duty_entry_reviewed');
  });

  it('rejects with a note, the member told it did not pass; a rejected entry counts nothing', async () => {
    const e = await asked(s.member.agent);
    const res = await review(s.cppcc.agent, e.id, { verdict: 'rejected', note: '缺少证明材料' });
    expect(json<Entry>(res)).toMatchObject({ status: 'rejected', reviewNote: '缺少证明材料' });
    expect(await noticesOf(t, s.member.id, e.id)).toMatchObject([
      { kind: 'duty_entry_reviewed', params: { note: '缺少证明材料', verdict: 'rejected' } },
    ]);
    const ledger = json<Ledger>(await s.member.agent.get(`/api/duty/members/${s.member.id}?year=${e.year}`));
    expect(ledger.entries.map((l) => l.record.id)).not.toContain(e.id);
    expect(ledger.manualEntries.find((m) => m.id === e.id)?.status).toBe('rejected');
  });

  it('answers 401, 404, 403 to those who may not review (the member included), 400 naming each field, 409 in a closed year', async () => {
    const e = await asked(s.member.agent);
    const ok = { verdict: 'approved' };
    expect((await review(anonymous, e.id, ok)).statusCode).toBe(401);
    expect((await review(s.liaisonB.agent, e.id, ok)).statusCode).toBe(404);
    expect((await review(s.liaison.agent, NO_SUCH, ok)).statusCode).toBe(404);
    for (const who of [s.leader.agent, s.member.agent, neighbour, s.admin.agent])
      expect((await review(who, e.id, ok)).statusCode).toBe(403);
    expect(fieldsOf((await review(s.liaison.agent, e.id, { verdict: 'maybe' })).body)).toEqual(['verdict']);
    expect(fieldsOf((await review(s.liaison.agent, e.id, { verdict: 'rejected', note: '  ' })).body)).toEqual(['note']);
    expect(
      fieldsOf((await review(s.liaison.agent, e.id, { verdict: 'approved', note: '很'.repeat(501) })).body),
    ).toEqual(['note']);
    const old = await insertManualEntry(t.db, {
      memberId: s.memberB.id,
      happenedAt: at(2023, 5, 1),
      year: 2023,
      status: 'pending',
    });
    const closed = await review(s.cppccB.agent, old, ok);
    expect(closed.statusCode).toBe(409);
    expect(codeOf(closed.body)).toBe('duty_year_closed');
  });
});
