import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { WhistleCandidates } from '../../../shared/api/whistles';
import { memberPlaces, notifications, whistleCalls, whistles } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import {
  answer,
  close,
  fieldsOf,
  NO_SUCH,
  noticesOf,
  raise,
  raiseBody,
  raised,
  recordDone,
  type WhistleDetail,
  type WhistleList,
  type WhistleScene,
  whistleScene,
  withdraw,
} from './testing';

let t: TestApp;
let s: WhistleScene;
let anonymous: Agent;
const codeOf = (body: string) => (JSON.parse(body) as Wire<typeof ErrorBody>).code;
const url = (id: string) => `/api/whistles/${id}`;
const kindsOf = async (accountId: string, entityId: string) =>
  (await noticesOf(t, accountId, entityId)).map((n) => n.kind);

beforeAll(async () => {
  t = await startTestApp();
  s = await whistleScene(t);
  anonymous = new Agent(t.app);
});

describe('POST /api/whistles', () => {
  it('raises a whistle coded CS-YYYY-NNNN and calls the members serving or wanted and the department picked', async () => {
    const w = await raised(s);
    expect(w).toMatchObject({
      code: expect.stringMatching(/^CS-\d{4}-\d{4}$/),
      place: { id: s.tree.villageA.id, kind: 'village' },
      status: 'open',
      sectors: ['agriculture'],
      expertise: ['法律'],
      raisedBy: { id: s.caller.id },
      answerCount: 0,
      firstResponseHours: null,
      closeHours: null,
      responses: [],
      abilities: { answer: false, recordDone: false, close: false, withdraw: true },
    });
    expect(w.called.map((c) => [c.id, c.kind]).sort()).toEqual(
      [
        [s.serving.id, 'member'],
        [s.bySector.id, 'member'],
        [s.byExpertise.id, 'member'],
        [s.department.id, 'department'],
      ].sort(),
    );
    for (const who of [s.serving, s.bySector, s.byExpertise, s.department]) {
      const [n] = await noticesOf(t, who.id, w.id);
      expect(n).toMatchObject({ kind: 'whistle_raised', params: { code: w.code, dueAt: w.dueAt } });
    }
    for (const who of [s.other, s.memberB, s.department2, s.caller]) expect(await kindsOf(who.id, w.id)).toEqual([]);
    const calls = await t.db.select().from(whistleCalls).where(eq(whistleCalls.whistleId, w.id));
    expect(calls.map((c) => c.accountId).sort()).toEqual(w.called.map((c) => c.id).sort());
  });

  it('keeps who was called apart from their notices: a called department whose notice is gone still answers', async () => {
    const w = await raised(s);
    await t.db
      .delete(notifications)
      .where(and(eq(notifications.accountId, s.department.id), eq(notifications.entityId, w.id)));
    const seen = json<WhistleDetail>(await s.department.agent.get(url(w.id)));
    expect(seen.called.map((c) => c.id)).toContain(s.department.id);
    expect(seen.abilities.answer).toBe(true);
    expect((await answer(s.department.agent, w.id)).statusCode).toBe(201);
  });

  it('numbers whistles one after another', async () => {
    const a = await raised(s);
    const b = await raised(s);
    const n = (code: string) => Number(code.slice(-4));
    expect(n(b.code)).toBe(n(a.code) + 1);
  });

  it('calls by sector the members of the caller’s region: a district CPPCC office reaches township B’s member', async () => {
    const w = await raised(s, { sectors: ['agriculture'], expertise: [], departmentIds: [] }, s.cppcc.agent);
    expect(w.called.map((c) => c.id)).toEqual(expect.arrayContaining([s.serving.id, s.bySector.id, s.memberB.id]));
    expect(w.called.map((c) => c.id)).not.toContain(s.byExpertise.id);
  });

  it('answers 401, 404 for a place of another region, 403 to those who do not call', async () => {
    expect((await raise(anonymous, raiseBody(s))).statusCode).toBe(401);
    expect((await raise(s.liaisonB.agent, raiseBody(s))).statusCode).toBe(404);
    expect((await raise(s.caller.agent, raiseBody(s, { placeId: NO_SUCH }))).statusCode).toBe(404);
    for (const who of [s.leader, s.serving, s.department])
      expect((await raise(who.agent, raiseBody(s))).statusCode, who.id).toBe(403);
  });

  it('answers 400 naming each field the schema refuses', async () => {
    const res = await raise(s.caller.agent, {
      placeId: 'x',
      need: ' 帮 ',
      sectors: ['farming' as never],
      expertise: ['很'.repeat(21)],
      location: '',
      dueAt: 'tomorrow',
      departmentIds: ['x'],
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual([
      'departmentIds.0',
      'dueAt',
      'expertise.0',
      'location',
      'need',
      'placeId',
      'sectors.0',
    ]);
    expect(fieldsOf((await raise(s.caller.agent, {})).body)).toEqual(['dueAt', 'location', 'need', 'placeId']);
    const twice = await raise(s.caller.agent, raiseBody(s, { sectors: ['medicine', 'medicine'] }));
    expect(fieldsOf(twice.body)).toEqual(['sectors']);
  });

  it('answers 400 on what the rules refuse, and writes nothing', async () => {
    const before = await t.db.$count(whistles);
    const cases: [Parameters<typeof raiseBody>[1], string[]][] = [
      [{ dueAt: new Date(Date.now() - 60_000).toISOString() }, ['dueAt']],
      [{ departmentIds: [s.departmentB.id] }, ['departmentIds']], // serves another township
      [{ departmentIds: [s.serving.id] }, ['departmentIds']], // not a department
      [{ placeId: s.tree.gridA.id }, ['placeId']], // a grid: the village calls
    ];
    for (const [extra, fields] of cases) {
      const res = await raise(s.caller.agent, raiseBody(s, extra));
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(fieldsOf(res.body), JSON.stringify(extra)).toEqual(fields);
    }
    const district = await raise(s.cppcc.agent, raiseBody(s, { placeId: s.tree.district.id }));
    expect(district.statusCode).toBe(400);
    expect(codeOf(district.body)).toBe('whistle_place_kind');
    expect(await t.db.$count(whistles)).toBe(before);
  });
});

describe('GET /api/whistles/candidates', () => {
  const candidates = (by: Agent, q: string) => by.get(`/api/whistles/candidates?${q}`);

  it('lists who would be called and why, and the departments to pick', async () => {
    const res = await candidates(s.caller.agent, `placeId=${s.tree.villageA.id}&sectors=agriculture&expertise=法律`);
    expect(res.statusCode, res.body).toBe(200);
    const c = json<Wire<typeof WhistleCandidates>>(res);
    const reasons = Object.fromEntries(c.members.map((m) => [m.id, m.reason]));
    expect(reasons).toEqual({ [s.serving.id]: 'serves', [s.bySector.id]: 'sector', [s.byExpertise.id]: 'expertise' });
    const departments = c.departments.map((d) => d.id);
    expect(departments).toEqual(expect.arrayContaining([s.department.id, s.department2.id]));
    expect(departments).not.toContain(s.departmentB.id);
  });

  it('answers 401, 404, 403 and 400', async () => {
    const q = `placeId=${s.tree.villageA.id}`;
    expect((await candidates(anonymous, q)).statusCode).toBe(401);
    expect((await candidates(s.liaisonB.agent, q)).statusCode).toBe(404);
    expect((await candidates(s.leader.agent, q)).statusCode).toBe(403);
    expect(fieldsOf((await candidates(s.caller.agent, `${q}&sectors=farming`)).body)).toEqual(['sectors.0']);
    expect(fieldsOf((await candidates(s.caller.agent, 'placeId=x')).body)).toEqual(['placeId']);
  });
});

describe('GET /api/whistles/:id', () => {
  it('shows the region and those called; a member serving sees it while open; others answer 404', async () => {
    const w = await raised(s);
    for (const who of [s.caller, s.liaisonA, s.cppcc, s.leader, s.serving, s.bySector, s.department])
      expect((await who.agent.get(url(w.id))).statusCode, who.id).toBe(200);
    for (const who of [s.liaisonB, s.other, s.memberB, s.department2, s.admin])
      expect((await who.agent.get(url(w.id))).statusCode, who.id).toBe(404);
    expect((await anonymous.get(url(w.id))).statusCode).toBe(401);
    expect((await s.caller.agent.get(url(NO_SUCH))).statusCode).toBe(404);
    expect((await s.caller.agent.get(url('x'))).statusCode).toBe(400);
  });

  it('lets a member serving the place, though raised before they were called, see and answer it while open', async () => {
    const w = await raised(s, { sectors: [], expertise: [], departmentIds: [] });
    // the member serves village A but was not among those called (say, assigned after it was raised)
    await t.db.delete(notifications).where(eq(notifications.entityId, w.id));
    const seen = json<WhistleDetail>(await s.serving.agent.get(url(w.id)));
    expect(seen.abilities.answer).toBe(true);
    expect((await answer(s.serving.agent, w.id)).statusCode).toBe(201);
  });
});

describe('POST /api/whistles/:id/answers', () => {
  it('报到: a member answers with a note; the caller is told; the response time is counted', async () => {
    const w = await raised(s);
    await t.db
      .update(whistles)
      .set({ createdAt: new Date(Date.now() - 3 * 3_600_000) })
      .where(eq(whistles.id, w.id));
    const res = await answer(s.bySector.agent, w.id, '  明早八点带植保站技术员到田头  ');
    expect(res.statusCode, res.body).toBe(201);
    const d = json<WhistleDetail>(res);
    expect(d.responses).toHaveLength(1);
    expect(d.responses[0]).toMatchObject({
      responder: { id: s.bySector.id },
      responderKind: 'member',
      note: '明早八点带植保站技术员到田头',
      didWhat: null,
    });
    expect(d.firstResponseHours).toBeCloseTo(3, 0);
    expect(d.responses[0]?.responseHours).toBeCloseTo(3, 0);
    expect(d.myResponseId).toBe(d.responses[0]?.id);
    expect(d.abilities).toEqual({ answer: false, recordDone: true, close: false, withdraw: false });
    expect(await kindsOf(s.caller.id, w.id)).toEqual(['whistle_answered']);
    const [n] = await noticesOf(t, s.caller.id, w.id);
    expect(n?.params).toMatchObject({ note: '明早八点带植保站技术员到田头' });
  });

  it('lets the department picked answer as a department', async () => {
    const w = await raised(s);
    const d = json<WhistleDetail>(await answer(s.department.agent, w.id, null));
    expect(d.responses.map((r) => [r.responder.id, r.responderKind, r.note])).toEqual([
      [s.department.id, 'department', null],
    ]);
  });

  it('answers 401, 404 to those who do not see it, 403 to those not called, 403 the second time, 409 once closed', async () => {
    const w = await raised(s);
    expect((await answer(anonymous, w.id)).statusCode).toBe(401);
    for (const who of [s.liaisonB, s.other, s.department2])
      expect((await answer(who.agent, w.id)).statusCode, who.id).toBe(404);
    for (const who of [s.caller, s.leader]) {
      const res = await answer(who.agent, w.id);
      expect(res.statusCode, who.id).toBe(403);
      expect(codeOf(res.body)).toBe('whistle_not_called');
    }
    expect((await answer(s.serving.agent, w.id)).statusCode).toBe(201);
    const twice = await answer(s.serving.agent, w.id);
    expect(twice.statusCode).toBe(403);
    expect(codeOf(twice.body)).toBe('whistle_already_answered');
    expect((await close(s.caller.agent, w.id, { rating: 4 })).statusCode).toBe(200);
    const late = await answer(s.bySector.agent, w.id); // called: still sees it
    expect(late.statusCode).toBe(409);
    expect(codeOf(late.body)).toBe('whistle_not_open');
  });

  it('answers 400 on a note too long', async () => {
    const w = await raised(s);
    const res = await answer(s.serving.agent, w.id, '很'.repeat(501));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['note']);
    expect((await answer(s.serving.agent, 'x')).statusCode).toBe(400);
  });
});

describe('PUT /api/whistles/:id/answers/mine', () => {
  it('records what the responder did, and corrects it while open', async () => {
    const w = await raised(s);
    await t.db
      .update(whistles)
      .set({ createdAt: new Date(Date.now() - 86_400_000) })
      .where(eq(whistles.id, w.id));
    await answer(s.serving.agent, w.id, '马上到');
    const first = await recordDone(s.serving.agent, w.id, { didWhat: '  到田头查看，联系植保站统一防治  ' });
    expect(first.statusCode, first.body).toBe(200);
    const d = json<WhistleDetail>(first);
    expect(d.responses[0]).toMatchObject({ didWhat: '到田头查看，联系植保站统一防治', doneAt: expect.any(String) });
    const doneAt = new Date(Date.now() - 60_000).toISOString();
    const again = json<WhistleDetail>(await recordDone(s.serving.agent, w.id, { didWhat: '已统一防治', doneAt }));
    expect(again.responses[0]).toMatchObject({ didWhat: '已统一防治', doneAt });
  });

  it('answers 401, 404, 403 before answering, 400 by field, 409 once closed', async () => {
    const w = await raised(s);
    const body = { didWhat: '到现场协调' };
    expect((await recordDone(anonymous, w.id, body)).statusCode).toBe(401);
    expect((await recordDone(s.liaisonB.agent, w.id, body)).statusCode).toBe(404);
    for (const who of [s.bySector, s.caller]) {
      const res = await recordDone(who.agent, w.id, body);
      expect(res.statusCode, who.id).toBe(403);
      expect(codeOf(res.body)).toBe('whistle_answer_first');
    }
    await answer(s.bySector.agent, w.id);
    const bad = await recordDone(s.bySector.agent, w.id, { didWhat: '好', doneAt: 'today' });
    expect(fieldsOf(bad.body)).toEqual(['didWhat', 'doneAt']);
    const future = await recordDone(s.bySector.agent, w.id, { ...body, doneAt: new Date(Date.now() + 3_600_000) });
    expect(fieldsOf(future.body)).toEqual(['doneAt']);
    const before = await recordDone(s.bySector.agent, w.id, { ...body, doneAt: '2020-01-01T00:00:00Z' });
    expect(fieldsOf(before.body)).toEqual(['doneAt']);
    await withdraw(s.caller.agent, w.id);
    const late = await recordDone(s.bySector.agent, w.id, body);
    expect(late.statusCode).toBe(409);
    expect(codeOf(late.body)).toBe('whistle_not_open');
  });
});

describe('POST /api/whistles/:id/close and /withdraw', () => {
  it('closes an answered whistle with a rating; the responders are told; the time to close is counted', async () => {
    const w = await raised(s);
    await answer(s.serving.agent, w.id);
    await answer(s.department.agent, w.id);
    await t.db
      .update(whistles)
      .set({ createdAt: new Date(Date.now() - 26 * 3_600_000) })
      .where(eq(whistles.id, w.id));
    const res = await close(s.liaisonA.agent, w.id, { rating: 5, note: '  响应快，问题已解决  ' });
    expect(res.statusCode, res.body).toBe(200);
    const d = json<WhistleDetail>(res);
    expect(d).toMatchObject({
      status: 'closed',
      rating: 5,
      ratingNote: '响应快，问题已解决',
      closedAt: expect.any(String),
    });
    expect(d.closeHours).toBeCloseTo(26, 0);
    expect(d.abilities).toEqual({ answer: false, recordDone: false, close: false, withdraw: false });
    for (const who of [s.serving, s.department])
      expect(await kindsOf(who.id, w.id)).toEqual(['whistle_raised', 'whistle_closed']);
    // the one who answered still sees it once closed; one serving but silent no longer does
    expect((await s.serving.agent.get(url(w.id))).statusCode).toBe(200);
  });

  it('withdraws an open whistle: it reads withdrawn, with no time to close; those called and those who answered are told', async () => {
    const scene = await whistleScene(t); // a tree of its own: a member comes to serve the village after the call
    const w = await raised(scene);
    await t.db
      .insert(memberPlaces)
      .values({ accountId: scene.other.id, placeId: scene.tree.villageA.id, kind: 'assigned' });
    expect((await answer(scene.other.agent, w.id)).statusCode).toBe(201); // answered, never called
    expect((await answer(scene.serving.agent, w.id)).statusCode).toBe(201);
    const res = await withdraw(scene.caller.agent, w.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(json<WhistleDetail>(res)).toMatchObject({ status: 'withdrawn', closeHours: null, rating: null });
    for (const who of [scene.serving, scene.bySector, scene.byExpertise, scene.department])
      expect(await kindsOf(who.id, w.id), who.username).toEqual(['whistle_raised', 'whistle_withdrawn']);
    expect(await kindsOf(scene.other.id, w.id)).toEqual(['whistle_withdrawn']);
    for (const who of [scene.caller, scene.liaisonA, scene.memberB, scene.department2])
      expect(await kindsOf(who.id, w.id), who.username).not.toContain('whistle_withdrawn');
    const [n] = (await noticesOf(t, scene.bySector.id, w.id)).filter((x) => x.kind === 'whistle_withdrawn');
    expect(n?.params).toEqual({ code: w.code, title: w.need, actor: `liaison ${scene.caller.username}` });
  });

  it('answers 401, 404, 403 to those who do not call, 400 by field, 409 unanswered or not open', async () => {
    const w = await raised(s);
    expect((await close(anonymous, w.id, { rating: 3 })).statusCode).toBe(401);
    expect((await withdraw(anonymous, w.id)).statusCode).toBe(401);
    expect((await close(s.liaisonB.agent, w.id, { rating: 3 })).statusCode).toBe(404);
    expect((await withdraw(s.liaisonB.agent, w.id)).statusCode).toBe(404);
    for (const who of [s.leader, s.serving, s.department]) {
      expect((await close(who.agent, w.id, { rating: 3 })).statusCode, who.id).toBe(403);
      expect((await withdraw(who.agent, w.id)).statusCode, who.id).toBe(403);
    }
    for (const rating of [0, 6, 2.5, '5', undefined])
      expect(fieldsOf((await close(s.caller.agent, w.id, { rating })).body), String(rating)).toEqual(['rating']);
    expect(fieldsOf((await close(s.caller.agent, w.id, { rating: 3, note: '很'.repeat(501) })).body)).toEqual(['note']);
    const unanswered = await close(s.caller.agent, w.id, { rating: 3 });
    expect(unanswered.statusCode).toBe(409);
    expect(codeOf(unanswered.body)).toBe('whistle_unanswered');
    await answer(s.serving.agent, w.id);
    expect((await close(s.caller.agent, w.id, { rating: 3 })).statusCode).toBe(200);
    for (const res of [await close(s.caller.agent, w.id, { rating: 3 }), await withdraw(s.caller.agent, w.id)]) {
      expect(res.statusCode).toBe(409);
      expect(codeOf(res.body)).toBe('whistle_not_open');
    }
  });

  it('writes each step to the audit log', async () => {
    const w = await raised(s);
    await answer(s.serving.agent, w.id);
    await recordDone(s.serving.agent, w.id, { didWhat: '到现场协调' });
    await close(s.caller.agent, w.id, { rating: 4 });
    const log = json<Wire<typeof AuditListResponse>>(
      await s.admin.agent.get(`/api/audit?entityId=${w.id}&pageSize=50`),
    );
    expect(log.items.map((i) => i.action).sort()).toEqual([
      'whistle.answer',
      'whistle.close',
      'whistle.raise',
      'whistle.record_done',
    ]);
  });
});

describe('GET /api/whistles', () => {
  it('lists the region’s whistles with the figures over all of them; another region sees none', async () => {
    const scene = await whistleScene(t); // a tree of its own, so the figures are this test's
    const a = await raised(scene);
    const b = await raised(scene);
    await raised(scene);
    await t.db
      .update(whistles)
      .set({ createdAt: new Date(Date.now() - 4 * 3_600_000) })
      .where(eq(whistles.id, a.id));
    await t.db
      .update(whistles)
      .set({ createdAt: new Date(Date.now() - 2 * 3_600_000) })
      .where(eq(whistles.id, b.id));
    await answer(scene.serving.agent, a.id);
    await answer(scene.serving.agent, b.id);
    await close(scene.caller.agent, a.id, { rating: 5 });
    const res = await scene.liaisonA.agent.get(`/api/whistles?placeId=${scene.tree.townA.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const list = json<WhistleList>(res);
    expect(list.total).toBe(3);
    expect(list.stats).toMatchObject({ total: 3, open: 2, answered: 2, closed: 1 });
    expect(list.stats.medianFirstResponseHours).toBeCloseTo(3, 0);
    expect(list.stats.medianCloseHours).toBeCloseTo(4, 0);
    expect(list.items.map((i) => i.id)).toContain(a.id);
    const open = json<WhistleList>(
      await scene.liaisonA.agent.get(`/api/whistles?status=open&q=${encodeURIComponent(b.code)}`),
    );
    expect(open.items.map((i) => i.id)).toEqual([b.id]);
    const other = json<WhistleList>(await scene.liaisonB.agent.get('/api/whistles?pageSize=100'));
    expect(other.items.map((i) => i.id)).not.toContain(a.id);
    expect((await scene.liaisonB.agent.get(`/api/whistles?placeId=${scene.tree.villageA.id}`)).statusCode).toBe(404);
  });

  it('gives a member the whistles to answer: open, called or serving, not answered yet', async () => {
    const w1 = await raised(s);
    const w2 = await raised(s);
    await answer(s.bySector.agent, w2.id);
    const w3 = await raised(s);
    await withdraw(s.caller.agent, w3.id);
    const list = json<WhistleList>(await s.bySector.agent.get('/api/whistles?toAnswer=true&pageSize=100'));
    const ids = list.items.map((i) => i.id);
    expect(ids).toContain(w1.id);
    expect(ids).not.toContain(w2.id);
    expect(ids).not.toContain(w3.id);
    const all = json<WhistleList>(await s.bySector.agent.get('/api/whistles?pageSize=100'));
    expect(all.items.find((i) => i.id === w2.id)?.isAnsweredByMe).toBe(true);
    expect(all.items.map((i) => i.id)).toContain(w3.id); // called: still sees it
    const none = json<WhistleList>(await s.other.agent.get('/api/whistles?pageSize=100'));
    expect(none.items.map((i) => i.id)).not.toContain(w1.id);
    const leaders = json<WhistleList>(await s.leader.agent.get('/api/whistles?toAnswer=true'));
    expect(leaders.total).toBe(0);
  });

  it('answers 401 and 400 by field', async () => {
    expect((await anonymous.get('/api/whistles')).statusCode).toBe(401);
    const res = await s.caller.agent.get('/api/whistles?status=nope&page=0&from=someday&placeId=x');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['from', 'page', 'placeId', 'status']);
  });
});
