// The day held (接待日记录): the member on duty or the liaison records it, each problem raised filed
// as a submission in the same step; residents see this week's members on their place's page.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { PublicReceptionWeek } from '../../../shared/api/receptions';
import { places, receptionSlots, submissions } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { weekOf } from './rules';
import {
  fieldsOf,
  NO_SUCH,
  type ReceptionDetail,
  type ReceptionScene,
  receptionScene,
  schedule,
  slotBody,
} from './testing';

let t: TestApp;
let s: ReceptionScene;
let anonymous: Agent;
const codeOf = (body: string) => JSON.parse(body).code as string;
const PROBLEMS = [
  { content: '村里路灯晚上不亮，老人出门不方便' },
  { content: '希望增加去县医院的公交班次', contactName: '刘大爷', phone: '13700001234', consent: true },
];
const day = (extra: Record<string, unknown> = {}) => ({
  visitors: 6,
  summary: '接待群众6人次，现场解答医保政策问题3个',
  problems: PROBLEMS,
  ...extra,
});
const filedAt = (slotId: string) =>
  t.db
    .select({ channel: submissions.channel, createdById: submissions.createdById, content: submissions.content })
    .from(submissions)
    .where(eq(submissions.receptionSlotId, slotId))
    .then((rows) => rows.sort((a, b) => a.content.localeCompare(b.content)));

beforeAll(async () => {
  t = await startTestApp();
  s = await receptionScene(t);
  anonymous = new Agent(t.app);
});

describe('POST /api/receptions/:id/record', () => {
  it('the member on duty records the day; each problem is filed as a reception-day submission, to be sorted', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, -3));
    const res = await s.member.agent.post(`/api/receptions/${slot.id}/record`, day());
    expect(res.statusCode, res.body).toBe(200);
    const r = json<ReceptionDetail>(res);
    expect(r).toMatchObject({
      status: 'held',
      visitors: 6,
      summary: '接待群众6人次，现场解答医保政策问题3个',
      recordedBy: { id: s.member.id },
      submissionCount: 2,
      abilities: { record: false, raise: true, swap: false, markAbsent: false },
    });
    expect(r.submissions.map((x) => [x.content, x.status])).toEqual(PROBLEMS.map((p) => [p.content, 'received']));
    expect(await filedAt(slot.id)).toEqual(
      PROBLEMS.map((p) => ({ channel: 'reception_day', createdById: s.member.id, content: p.content })).sort((a, b) =>
        a.content.localeCompare(b.content),
      ),
    );
    const sid = r.submissions[0]?.id;
    const forLiaison = await s.liaison.agent.get(`/api/submissions/${sid}`);
    expect(json<{ receptionSlotId: string; allowedActions: string[] }>(forLiaison)).toMatchObject({
      receptionSlotId: slot.id,
      allowedActions: expect.arrayContaining(['to_grid']),
    });
  });

  it('the liaison may record it for the member, with no problems raised', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, -6, { memberId: s.member2.id }));
    const res = await s.liaison.agent.post(`/api/receptions/${slot.id}/record`, day({ visitors: 0, problems: [] }));
    expect(res.statusCode, res.body).toBe(200);
    expect(json<ReceptionDetail>(res)).toMatchObject({ status: 'held', visitors: 0, recordedBy: { id: s.liaison.id } });
  });

  it('writes the day and its submissions together or not at all', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, -9));
    const res = await s.member.agent.post(
      `/api/receptions/${slot.id}/record`,
      day({ problems: [PROBLEMS[0], { content: '这一条的类别不存在', categoryId: NO_SUCH }] }),
    );
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).field).toBe('problems.1.categoryId');
    const [row] = await t.db.select().from(receptionSlots).where(eq(receptionSlots.id, slot.id));
    expect(row).toMatchObject({ status: 'scheduled', visitors: null, summary: null, recordedById: null });
    expect(await filedAt(slot.id)).toEqual([]);
  });

  it('answers 401, 404 to another region, 403 to another member and the CPPCC office, 409 before it begins or once recorded', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, -12));
    const url = `/api/receptions/${slot.id}/record`;
    expect((await anonymous.post(url, day())).statusCode).toBe(401);
    for (const who of [s.liaisonB, s.memberB]) expect((await who.agent.post(url, day())).statusCode).toBe(404);
    for (const who of [s.member2, s.cppcc, s.leader]) expect((await who.agent.post(url, day())).statusCode).toBe(403);
    const ahead = await schedule(s.liaison.agent, slotBody(s, 12));
    const early = await s.member.agent.post(`/api/receptions/${ahead.id}/record`, day());
    expect(early.statusCode).toBe(409);
    expect(codeOf(early.body)).toBe('reception_not_started');
    expect((await s.member.agent.post(url, day({ problems: [] }))).statusCode).toBe(200);
    const twice = await s.member.agent.post(url, day({ problems: [] }));
    expect(twice.statusCode).toBe(409);
    expect(codeOf(twice.body)).toBe('reception_not_scheduled');
  });

  it('answers 400 naming each field refused', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, -15));
    const url = `/api/receptions/${slot.id}/record`;
    const res = await s.member.agent.post(url, {
      visitors: -1,
      summary: '好',
      problems: [{ content: '短' }, { content: '电话没有同意', phone: '13700001234' }],
    });
    expect(fieldsOf(res.body)).toEqual(['problems.0.content', 'problems.1.consent', 'summary', 'visitors']);
    expect(fieldsOf((await s.member.agent.post(url, {})).body)).toEqual(['summary', 'visitors']);
    const many = await s.member.agent.post(url, day({ problems: Array.from({ length: 11 }, () => PROBLEMS[0]) }));
    expect(fieldsOf(many.body)).toEqual(['problems']);
    expect((await s.member.agent.post('/api/receptions/x/record', day())).statusCode).toBe(400);
  });
});

describe('POST /api/receptions/:id/submissions', () => {
  it('files one more problem on a held day; 409 before it is held', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, -18));
    const url = `/api/receptions/${slot.id}/submissions`;
    const early = await s.member.agent.post(url, PROBLEMS[0]);
    expect(early.statusCode).toBe(409);
    expect(codeOf(early.body)).toBe('reception_not_held');
    await s.member.agent.post(`/api/receptions/${slot.id}/record`, day({ problems: [] }));
    const res = await s.member.agent.post(url, PROBLEMS[1]);
    expect(res.statusCode, res.body).toBe(201);
    expect(json<ReceptionDetail>(res)).toMatchObject({ submissionCount: 1 });
    expect(await filedAt(slot.id)).toHaveLength(1);
  });

  it('answers 401, 404, 403 to another member, 400 by field', async () => {
    const slot = await schedule(s.liaison.agent, slotBody(s, -21));
    await s.member.agent.post(`/api/receptions/${slot.id}/record`, day({ problems: [] }));
    const url = `/api/receptions/${slot.id}/submissions`;
    expect((await anonymous.post(url, PROBLEMS[0])).statusCode).toBe(401);
    expect((await s.liaisonB.agent.post(url, PROBLEMS[0])).statusCode).toBe(404);
    for (const who of [s.member2, s.cppcc]) expect((await who.agent.post(url, PROBLEMS[0])).statusCode).toBe(403);
    expect(fieldsOf((await s.member.agent.post(url, { content: '', categoryId: 'x' })).body)).toEqual([
      'categoryId',
      'content',
    ]);
  });
});

describe('GET /api/public/places/:code/receptions', () => {
  type Week = Wire<typeof PublicReceptionWeek>;
  const week = weekOf(new Date());
  const at = (hoursFromWeekStart: number) =>
    new Date(week.start.getTime() + hoursFromWeekStart * 3_600_000).toISOString();

  it('shows residents this week’s members at the place and its township: names, 界别, time, venue; no phones', async () => {
    // a week of its own: a new tree, so nothing else lands on it
    const w = await receptionScene(t);
    const on = (hour: number, extra: Parameters<typeof slotBody>[2] = {}) =>
      schedule(w.liaison.agent, slotBody(w, 0, { startsAt: at(hour), endsAt: at(hour + 2), ...extra }));
    await on(9 + 24 * 2); // Wednesday, village A: the member of 医药卫生
    await on(14 + 24 * 4, { placeId: w.tree.townA.id, memberId: w.member2.id, venue: '镇政协委员工作站' }); // Friday, the township
    await on(9 + 24 * 9); // next week
    const missed = await on(9, { memberId: w.assigned.id }); // Monday, missed
    if (Date.parse(missed.startsAt) < Date.now())
      await w.liaison.agent.post(`/api/receptions/${missed.id}/absent`, { reason: '未到岗' });
    else await w.liaison.agent.delete(`/api/receptions/${missed.id}`);
    // another township's village: not on village A's page
    await schedule(
      w.liaisonB.agent,
      slotBody(w, 0, { placeId: w.tree.villageB.id, memberId: w.memberB.id, startsAt: at(81), endsAt: at(83) }),
    );

    const res = await anonymous.get(`/api/public/places/${w.tree.villageA.code}/receptions`, {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(200);
    const r = json<Week>(res);
    expect(r).toMatchObject({ weekStart: week.weekStart, weekEnd: week.weekEnd });
    expect(r.items).toEqual([
      {
        name: `member ${w.member.username}`,
        sectorLabel: 'Medicine and health',
        placeName: w.tree.villageA.name,
        startsAt: at(9 + 48),
        endsAt: at(11 + 48),
        venue: '党群服务中心一楼',
      },
      {
        name: `member ${w.member2.username}`,
        sectorLabel: null,
        placeName: w.tree.townA.name,
        startsAt: at(14 + 96),
        endsAt: at(16 + 96),
        venue: '镇政协委员工作站',
      },
    ]);
    const zh = json<Week>(await anonymous.get(`/api/public/places/${w.tree.villageA.code}/receptions`));
    expect(zh.items[0]?.sectorLabel).toBe('医药卫生界');
    expect(JSON.stringify(zh)).not.toMatch(/1[3-9]\d{9}/);
  });

  it('names the places in the reader’s script', async () => {
    const w = await receptionScene(t); // a tree of its own, renamed without touching the others
    await t.db.update(places).set({ name: '桃园社区' }).where(eq(places.id, w.tree.villageA.id));
    await schedule(w.liaison.agent, slotBody(w, 0, { startsAt: at(9 + 48), endsAt: at(11 + 48) }));
    const url = `/api/public/places/${w.tree.villageA.code}/receptions`;
    const tw = await anonymous.get(url, { 'accept-language': 'zh-TW' });
    expect(json<Week>(tw).items.map((i) => i.placeName)).toEqual(['桃園社區']);
    expect(tw.headers.vary).toContain('Accept-Language');
    const cn = await anonymous.get(url, { 'accept-language': 'zh-CN' });
    expect(json<Week>(cn).items.map((i) => i.placeName)).toEqual(['桃园社区']);
  });

  it('answers 404 for no such place', async () => {
    expect((await anonymous.get('/api/public/places/no-such-place/receptions')).statusCode).toBe(404);
  });
});
