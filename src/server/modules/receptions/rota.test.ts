// The reception rota's routes (委员接待日排班): the office or the liaison keeps it; members hear of their duty.
import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { receptionSlots } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { remindDuty } from './notices';
import { weekOf } from './rules';
import {
  type FillMonthResult,
  fieldsOf,
  inHours,
  NO_SUCH,
  noticesOf,
  type ReceptionDetail,
  type ReceptionList,
  type ReceptionMembers,
  type ReceptionScene,
  receptionScene,
  schedule,
  slotBody,
} from './testing';

let t: TestApp;
let s: ReceptionScene;
let anonymous: Agent;
const codeOf = (body: string) => JSON.parse(body).code as string;

beforeAll(async () => {
  t = await startTestApp();
  s = await receptionScene(t);
  anonymous = new Agent(t.app);
});

describe('POST /api/receptions', () => {
  it('puts a member on the rota; within the coming week they are told at once', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, 30));
    expect(slot).toMatchObject({
      place: { id: s.tree.villageA.id },
      member: { id: s.member.id, sector: 'medicine' },
      swappedFrom: null,
      venue: '党群服务中心一楼',
      status: 'scheduled',
      submissionCount: 0,
      createdBy: { id: s.liaison.id },
      submissions: [],
      abilities: { swap: true, remove: true, markAbsent: false, record: false, raise: false },
    });
    const told = await noticesOf(t, s.member.id, slot.id);
    expect(told.map((n) => [n.kind, n.params])).toEqual([
      ['reception_duty', { title: `${s.tree.villageA.name} · 党群服务中心一楼`, startsAt: slot.startsAt }],
    ]);
  });

  it('the CPPCC office keeps the rota too; a day beyond the coming week is told later (the job)', async () => {
    const slot = await schedule(s.cppcc.agent, slotBody(s, 24 * 10, { memberId: s.member2.id }));
    expect(await noticesOf(t, s.member2.id, slot.id)).toEqual([]);
    // nine days on, it begins within the week: the hourly job tells the member, once
    const later = new Date(Date.now() + 9 * 86_400_000);
    expect(await t.db.transaction((tx) => remindDuty(tx, later))).toBeGreaterThanOrEqual(1);
    await t.db.transaction((tx) => remindDuty(tx, later));
    expect((await noticesOf(t, s.member2.id, slot.id)).map((n) => n.kind)).toEqual(['reception_duty']);
  });

  it('puts on a member serving the place by assignment, though their grant is elsewhere', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, 50, { memberId: s.assigned.id }));
    expect(slot.member.id).toBe(s.assigned.id);
    // who is on duty reads and records their own slot wherever it is
    expect((await s.assigned.agent.get(`/api/receptions/${slot.id}`)).statusCode).toBe(200);
  });

  it('answers 401, 404 to another region, 403 to those who only read the rota', async () => {
    expect((await anonymous.post('/api/receptions', slotBody(s, 60))).statusCode).toBe(401);
    expect((await s.liaisonB.agent.post('/api/receptions', slotBody(s, 60))).statusCode).toBe(404);
    for (const who of [s.department, s.admin])
      expect((await who.agent.post('/api/receptions', slotBody(s, 60))).statusCode).toBe(404);
    for (const who of [s.member, s.leader])
      expect((await who.agent.post('/api/receptions', slotBody(s, 60))).statusCode).toBe(403);
    expect((await s.liaison.agent.post('/api/receptions', slotBody(s, 60, { placeId: NO_SUCH }))).statusCode).toBe(404);
  });

  it('answers 400 by field, for times that do not make a slot, and for a member not of the place', async () => {
    const bad = await s.liaison.agent.post('/api/receptions', {
      placeId: 'x',
      memberId: 'y',
      startsAt: 'soon',
      endsAt: 3,
      venue: '楼'.repeat(101),
    });
    expect(fieldsOf(bad.body)).toEqual(['endsAt', 'memberId', 'placeId', 'startsAt', 'venue']);
    expect(fieldsOf((await s.liaison.agent.post('/api/receptions', {})).body)).toEqual([
      'endsAt',
      'memberId',
      'placeId',
      'startsAt',
    ]);
    for (const endsAt of [inHours(70), inHours(69), inHours(83)]) {
      const res = await s.liaison.agent.post('/api/receptions', slotBody(s, 70, { endsAt }));
      expect(res.statusCode, endsAt).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['endsAt']);
    }
    // township B's member serves neither village A nor a place above it; a liaison is no member
    for (const memberId of [s.memberB.id, s.liaison.id, NO_SUCH]) {
      const res = await s.liaison.agent.post('/api/receptions', slotBody(s, 70, { memberId }));
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['memberId']);
    }
  });

  it('answers 409 when the member is already on duty at that time', async () => {
    await schedule(s.liaison.agent, slotBody(s, 100, { memberId: s.member2.id }));
    const res = await s.liaison.agent.post('/api/receptions', slotBody(s, 101, { memberId: s.member2.id }));
    expect(res.statusCode).toBe(409);
    expect(codeOf(res.body)).toBe('reception_member_busy');
  });
});

describe('GET /api/receptions/members', () => {
  it('lists the members who may be put on the place’s rota, those serving it first', async () => {
    const res = await s.liaison.agent.get(`/api/receptions/members?placeId=${s.tree.villageA.id}`);
    expect(res.statusCode).toBe(200);
    const { items } = json<ReceptionMembers>(res);
    expect(items[0]).toMatchObject({ id: s.assigned.id, servesHere: true });
    const ids = items.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining([s.member.id, s.member2.id, s.assigned.id]));
    expect(ids).not.toContain(s.memberB.id);
    expect(items.find((m) => m.id === s.member.id)).toMatchObject({ sector: 'medicine', servesHere: false });
  });

  it('answers 401, 404 to another region, 403 to readers, 400 without a place', async () => {
    const url = `/api/receptions/members?placeId=${s.tree.villageA.id}`;
    expect((await anonymous.get(url)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.get(url)).statusCode).toBe(404);
    for (const who of [s.member, s.leader]) expect((await who.agent.get(url)).statusCode).toBe(403);
    expect(fieldsOf((await s.liaison.agent.get('/api/receptions/members?placeId=x')).body)).toEqual(['placeId']);
  });
});

describe('GET /api/receptions', () => {
  it('shows the rota of a period beneath a place; a member their own with mine=true', async () => {
    const m = await buildAccount(t.app, t.db, { role: 'member', place: s.tree.townA });
    const a = await schedule(s.liaison.agent, slotBody(s, 200, { memberId: m.id }));
    const b = await schedule(s.liaison.agent, slotBody(s, 230, { memberId: m.id, placeId: s.tree.gridA.id }));
    const q = `from=${encodeURIComponent(inHours(190))}&to=${encodeURIComponent(inHours(240))}`;
    const beneath = json<ReceptionList>(await s.cppcc.agent.get(`/api/receptions?placeId=${s.tree.villageA.id}&${q}`));
    expect(beneath.items.filter((i) => i.member.id === m.id).map((i) => i.id)).toEqual([a.id, b.id]);
    const mine = json<ReceptionList>(await m.agent.get(`/api/receptions?mine=true&${q}`));
    expect(mine.items.map((i) => i.id)).toEqual([a.id, b.id]);
    const ofGrid = json<ReceptionList>(await s.leader.agent.get(`/api/receptions?placeId=${s.tree.gridA.id}&${q}`));
    expect(ofGrid.items.map((i) => i.id)).toEqual([b.id]);
    expect(json<ReceptionList>(await s.liaisonB.agent.get(`/api/receptions?${q}`)).items).toEqual([]);
  });

  it('answers 401, 403 to those who do not read rotas, 404 for another region’s place, 400 by field and for a period too long', async () => {
    const q = `from=${encodeURIComponent(inHours(0))}&to=${encodeURIComponent(inHours(24))}`;
    expect((await anonymous.get(`/api/receptions?${q}`)).statusCode).toBe(401);
    for (const who of [s.department, s.admin])
      expect((await who.agent.get(`/api/receptions?${q}`)).statusCode).toBe(403);
    expect((await s.liaisonB.agent.get(`/api/receptions?placeId=${s.tree.villageA.id}&${q}`)).statusCode).toBe(404);
    expect(fieldsOf((await s.liaison.agent.get('/api/receptions?status=x&placeId=y')).body)).toEqual([
      'from',
      'placeId',
      'status',
      'to',
    ]);
    for (const days of [-1, 0, 63]) {
      const to = encodeURIComponent(inHours(days * 24));
      const res = await s.liaison.agent.get(`/api/receptions?from=${encodeURIComponent(inHours(0))}&to=${to}`);
      expect(res.statusCode, String(days)).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['to']);
    }
  });
});

describe('POST /api/receptions/fill-month', () => {
  const nextMonth = () => {
    const d = new Date(`${weekOf(new Date()).weekStart}T00:00:00Z`);
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + 2); // two months on: wholly ahead, whatever today is
    return d.toISOString().slice(0, 7);
  };
  const pattern = (extra: Record<string, unknown> = {}) => ({
    placeId: s.tree.gridA.id,
    month: nextMonth(),
    weekdays: [3],
    startTime: '09:00',
    endTime: '11:30',
    venue: '网格服务站',
    memberIds: [s.member.id, s.assigned.id],
    ...extra,
  });

  it('fills each Wednesday of the month, the members taking turns; again, it leaves the days taken', async () => {
    const res = await s.liaison.agent.post('/api/receptions/fill-month', pattern());
    expect(res.statusCode, res.body).toBe(201);
    const r = json<FillMonthResult>(res);
    expect(r.skipped).toEqual([]);
    expect(r.created.length).toBeGreaterThanOrEqual(4);
    expect(r.created.map((c) => c.member.id)).toEqual(
      r.created.map((_, i) => (i % 2 === 0 ? s.member.id : s.assigned.id)),
    );
    for (const c of r.created) {
      expect(new Date(c.startsAt).getUTCDay()).toBe(3);
      expect(c.startsAt.slice(11, 16)).toBe('01:00'); // 09:00 in Beijing
      expect(Date.parse(c.endsAt) - Date.parse(c.startsAt)).toBe(2.5 * 3_600_000);
    }
    const again = json<FillMonthResult>(await s.liaison.agent.post('/api/receptions/fill-month', pattern()));
    expect(again.created).toEqual([]);
    expect(again.skipped.map((x) => x.reason)).toEqual(r.created.map(() => 'taken'));
  });

  it('skips days already past this month', async () => {
    const thisMonth = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const r = json<FillMonthResult>(
      await s.cppcc.agent.post(
        '/api/receptions/fill-month',
        pattern({
          month: thisMonth,
          placeId: s.tree.villageA.id,
          weekdays: [1, 2, 3, 4, 5, 6, 7],
          startTime: '00:00',
          endTime: '00:30',
          memberIds: [s.member2.id],
        }),
      ),
    );
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(r.skipped.filter((x) => x.reason === 'past').map((x) => x.date)).toEqual(
      r.skipped.filter((x) => x.date <= today).map((x) => x.date),
    );
    expect(r.created.every((c) => c.startsAt > new Date().toISOString())).toBe(true);
    // gone again: a slot of the other tests' member2 crossing a Beijing midnight this month would find them busy
    if (r.created.length)
      await t.db.delete(receptionSlots).where(
        inArray(
          receptionSlots.id,
          r.created.map((c) => c.id),
        ),
      );
  });

  it('answers 401, 404 to another region, 403 to readers, 400 by field', async () => {
    const url = '/api/receptions/fill-month';
    expect((await anonymous.post(url, pattern())).statusCode).toBe(401);
    expect((await s.liaisonB.agent.post(url, pattern())).statusCode).toBe(404);
    for (const who of [s.member, s.leader]) expect((await who.agent.post(url, pattern())).statusCode).toBe(403);
    const bad = await s.liaison.agent.post(url, {
      placeId: s.tree.gridA.id,
      month: '2026-13',
      weekdays: [0, 8],
      startTime: '25:00',
      endTime: '9:00',
      memberIds: [],
    });
    expect(fieldsOf(bad.body)).toEqual(['endTime', 'memberIds', 'month', 'startTime', 'weekdays.0', 'weekdays.1']);
    const backwards = await s.liaison.agent.post(url, pattern({ startTime: '11:00', endTime: '09:00' }));
    expect(fieldsOf(backwards.body)).toEqual(['endTime']);
    const stranger = await s.liaison.agent.post(url, pattern({ memberIds: [s.member.id, s.memberB.id] }));
    expect(fieldsOf(stranger.body)).toEqual(['memberIds.1']);
  });
});

describe('GET /api/receptions/:id', () => {
  it('answers 401, 404 to another region and to those who do not read rotas, 400 on a bad id', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, 300));
    const url = `/api/receptions/${slot.id}`;
    expect((await anonymous.get(url)).statusCode).toBe(401);
    for (const who of [s.liaisonB, s.memberB, s.department, s.admin])
      expect((await who.agent.get(url)).statusCode).toBe(404);
    expect(json<ReceptionDetail>(await s.leader.agent.get(url)).abilities).toEqual({
      swap: false,
      remove: false,
      markAbsent: false,
      record: false,
      raise: false,
    });
    expect((await s.liaison.agent.get(`/api/receptions/${NO_SUCH}`)).statusCode).toBe(404);
    expect((await s.liaison.agent.get('/api/receptions/x')).statusCode).toBe(400);
  });
});

describe('POST /api/receptions/:id/swap', () => {
  it('another member takes the slot; the member first on the rota is kept through later swaps; the new one is told', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, 40));
    const url = `/api/receptions/${slot.id}/swap`;
    const first = await s.liaison.agent.post(url, { memberId: s.member2.id });
    expect(first.statusCode, first.body).toBe(200);
    expect(json<ReceptionDetail>(first)).toMatchObject({
      member: { id: s.member2.id },
      swappedFrom: { id: s.member.id },
    });
    expect((await noticesOf(t, s.member2.id, slot.id)).map((n) => n.kind)).toEqual(['reception_duty']);
    const second = json<ReceptionDetail>(await s.cppcc.agent.post(url, { memberId: s.assigned.id }));
    expect(second).toMatchObject({ member: { id: s.assigned.id }, swappedFrom: { id: s.member.id } });
  });

  it('answers 401, 404, 403 to the member on duty, 400 for the same or an unfit member, 409 when busy or no longer scheduled', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, -500));
    const url = `/api/receptions/${slot.id}/swap`;
    expect((await anonymous.post(url, { memberId: s.member2.id })).statusCode).toBe(401);
    expect((await s.liaisonB.agent.post(url, { memberId: s.member2.id })).statusCode).toBe(404);
    for (const who of [s.member, s.leader])
      expect((await who.agent.post(url, { memberId: s.member2.id })).statusCode).toBe(403);
    for (const memberId of [s.member.id, s.memberB.id]) {
      const res = await s.liaison.agent.post(url, { memberId });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['memberId']);
    }
    expect(fieldsOf((await s.liaison.agent.post(url, {})).body)).toEqual(['memberId']);
    await schedule(s.liaison.agent, slotBody(s, -499, { memberId: s.member2.id }));
    const busy = await s.liaison.agent.post(url, { memberId: s.member2.id });
    expect(busy.statusCode).toBe(409);
    expect(codeOf(busy.body)).toBe('reception_member_busy');
    await s.liaison.agent.post(`/api/receptions/${slot.id}/absent`, { reason: '临时出差' });
    const late = await s.liaison.agent.post(url, { memberId: s.assigned.id });
    expect(late.statusCode).toBe(409);
    expect(codeOf(late.body)).toBe('reception_not_scheduled');
  });
});

describe('POST /api/receptions/:id/absent', () => {
  it('缺岗: once begun, the keeper records the member did not come, with the reason', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, -600));
    const res = await s.liaison.agent.post(`/api/receptions/${slot.id}/absent`, { reason: '未到岗，也未提前请假' });
    expect(res.statusCode, res.body).toBe(200);
    expect(json<ReceptionDetail>(res)).toMatchObject({
      status: 'absent',
      absenceReason: '未到岗，也未提前请假',
      recordedBy: { id: s.liaison.id },
      abilities: { swap: false, remove: false, markAbsent: false, record: false, raise: false },
    });
    const again = await s.liaison.agent.post(`/api/receptions/${slot.id}/absent`, { reason: '再记一次' });
    expect(again.statusCode).toBe(409);
  });

  it('answers 401, 404, 403 to the member on duty, 400 without a reason, 409 before the slot begins', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, -700));
    const url = `/api/receptions/${slot.id}/absent`;
    const body = { reason: '未到岗' };
    expect((await anonymous.post(url, body)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.post(url, body)).statusCode).toBe(404);
    for (const who of [s.member, s.leader]) expect((await who.agent.post(url, body)).statusCode).toBe(403);
    expect(fieldsOf((await s.liaison.agent.post(url, { reason: ' ' })).body)).toEqual(['reason']);
    // days ahead, never in the month the fill-month tests fill (its Wednesdays would make the member busy)
    const ahead = await schedule(s.liaison.agent, slotBody(s, 90));
    const early = await s.liaison.agent.post(`/api/receptions/${ahead.id}/absent`, body);
    expect(early.statusCode).toBe(409);
    expect(codeOf(early.body)).toBe('reception_not_started');
  });
});

describe('DELETE /api/receptions/:id', () => {
  it('takes a scheduled slot off the rota; 401, 404, 403 to the member, 409 once held or missed', async () => {
    // days ahead, not a month: a month on can fall on a Wednesday the fill-month tests gave this member
    const slot = await schedule(s.liaison.agent, slotBody(s, 80));
    const url = `/api/receptions/${slot.id}`;
    expect((await anonymous.delete(url)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.delete(url)).statusCode).toBe(404);
    expect((await s.member.agent.delete(url)).statusCode).toBe(403);
    expect((await s.liaison.agent.delete('/api/receptions/x')).statusCode).toBe(400);
    expect((await s.liaison.agent.delete(url)).statusCode).toBe(204);
    expect(await t.db.select().from(receptionSlots).where(eq(receptionSlots.id, slot.id))).toEqual([]);
    const missed = await schedule(s.liaison.agent, slotBody(s, -800));
    await s.liaison.agent.post(`/api/receptions/${missed.id}/absent`, { reason: '未到岗' });
    expect((await s.liaison.agent.delete(`/api/receptions/${missed.id}`)).statusCode).toBe(409);
  });
});
