import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { DutyLedger, DutyRanking } from '../../../shared/api/duty';
import { auditEvents, memberGroupMembers, memberGroups } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import {
  at,
  type DutyScene,
  dutyScene,
  fieldsOf,
  insertConsultation,
  insertContactLog,
  insertMember,
  insertParticipant,
  insertReception,
  NO_SUCH,
} from './testing';

type Ranking = Wire<typeof DutyRanking>;
type Ledger = Wire<typeof DutyLedger>;

let t: TestApp;
let s: DutyScene;
let anonymous: Agent;
const YEAR = 2025;
let star: string; // 13 points
let steady: string; // 4 points
let groupId: string;
let otherGroupId: string;

beforeAll(async () => {
  t = await startTestApp();
  s = await dutyScene(t);
  anonymous = new Agent(t.app);
  const { townA, villageA } = s.tree;
  star = await insertMember(t.db, villageA, { name: '甲委员' });
  steady = await insertMember(t.db, townA, { name: '乙委员', profile: false });
  for (const day of [1, 2])
    await insertReception(t.db, { memberId: star, placeId: villageA.id, startsAt: at(YEAR, 3, day) });
  const c = await insertConsultation(t.db, { placeId: villageA.id, startsAt: at(YEAR, 4, 1) });
  await insertParticipant(t.db, { consultationId: c.id, accountId: star, attendedAt: at(YEAR, 4, 1) });
  await insertReception(t.db, { memberId: steady, placeId: townA.id, startsAt: at(YEAR, 3, 5) });
  await insertContactLog(t.db, { memberId: s.member.id, placeId: townA.id, happenedAt: at(YEAR, 5, 1) });
  const [g] = await t.db
    .insert(memberGroups)
    .values({ placeId: townA.id, kind: 'activity', name: '石桥1+2+N小组' })
    .returning({ id: memberGroups.id });
  groupId = g?.id as string;
  await t.db.insert(memberGroupMembers).values([
    { groupId, accountId: star, position: 'lead' },
    { groupId, accountId: steady },
  ]);
  const [other] = await t.db
    .insert(memberGroups)
    .values({ placeId: s.tree.townB.id, kind: 'sector', name: '农业界别组' })
    .returning({ id: memberGroups.id });
  otherGroupId = other?.id as string;
});

const ranking = (by: Agent, query: string) => by.get(`/api/duty/ranking?year=${YEAR}${query}`);

describe('GET /api/duty/ranking', () => {
  it('ranks the region’s members by points, highest first, with grades and the groups to filter by', async () => {
    const res = await ranking(s.liaison.agent, `&placeId=${s.tree.townA.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const r = json<Ranking>(res);
    expect(r.rows.map((row) => [row.member.displayName, row.rank, row.total])).toEqual([
      ['甲委员', 1, 13],
      ['乙委员', 2, 4],
      [expect.any(String), 3, 1], // the signed-in member of township A
      ['村里的委员', 4, 0],
    ]);
    expect(r.rows[0]).toMatchObject({
      member: { id: star, place: { id: s.tree.villageA.id }, sector: 'agriculture' },
      grade: 'incompetent',
      byKind: { reception_held: 8, consultation_attended: 5, contact_logged: 0 },
      isFrozen: false,
    });
    expect(r.rows[1]?.member.sector).toBeNull(); // no profile yet
    expect(r.gradeCounts).toEqual({ excellent: 0, competent: 0, basically_competent: 0, incompetent: 4 });
    expect(r.groups).toEqual([{ id: groupId, name: '石桥1+2+N小组' }]);
    expect(r.grades).toEqual({ excellent: 85, competent: 60, basically_competent: 45 });
    expect(r.abilities).toEqual({ rules: false });
  });

  it('defaults to the viewer’s widest region; the office may set its rules', async () => {
    const r = json<Ranking>(await ranking(s.cppcc.agent, ''));
    expect(r.place.id).toBe(s.tree.district.id);
    expect(r.rows.map((row) => row.member.id)).toContain(s.memberB.id);
    expect(r.abilities).toEqual({ rules: true });
  });

  it('ranks within a group', async () => {
    const r = json<Ranking>(await ranking(s.cppcc.agent, `&groupId=${groupId}`));
    expect(r.group).toEqual({ id: groupId, name: '石桥1+2+N小组' });
    expect(r.rows.map((row) => row.member.id)).toEqual([star, steady]);
  });

  it('answers 401, 404 in another region or for no such place or group, 403 to members and administrators, 400 on bad input', async () => {
    expect((await ranking(anonymous, '')).statusCode).toBe(401);
    expect((await ranking(s.liaisonB.agent, `&placeId=${s.tree.townA.id}`)).statusCode).toBe(404);
    expect((await ranking(s.liaison.agent, `&groupId=${otherGroupId}`)).statusCode).toBe(404);
    expect((await ranking(s.cppcc.agent, `&placeId=${NO_SUCH}`)).statusCode).toBe(404);
    expect((await ranking(s.cppcc.agent, `&groupId=${NO_SUCH}`)).statusCode).toBe(404);
    expect((await ranking(s.member.agent, `&placeId=${s.tree.townA.id}`)).statusCode).toBe(403);
    expect((await ranking(s.member.agent, '')).statusCode).toBe(403);
    expect((await ranking(s.admin.agent, `&placeId=${s.tree.townA.id}`)).statusCode).toBe(403);
    const bad = await s.cppcc.agent.get('/api/duty/ranking?year=nineteen&placeId=x&groupId=y');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['groupId', 'placeId', 'year']);
  });
});

describe('GET /api/duty/ledger.xlsx', () => {
  it('exports the ranking, a column per kind, and every line with its link on a second sheet', async () => {
    const res = await s.cppcc.agent.get(`/api/duty/ledger.xlsx?year=${YEAR}&placeId=${s.tree.townA.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent(`${s.tree.townA.name}${YEAR}年度委员履职台账`),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const [summary, lines] = wb.worksheets;
    expect(summary?.name).toBe('履职汇总');
    const header = summary?.getRow(1).values as unknown[];
    expect(header).toContain('参加协商议事');
    expect(header).toContain('接待日缺岗');
    expect(header.slice(-2)).toEqual(['总分', '等次']);
    const first = summary?.getRow(2).values as unknown[];
    expect(first.slice(1, 3)).toEqual([1, '甲委员']);
    expect(first.slice(-2)).toEqual([13, '不称职']);
    expect(summary?.rowCount).toBe(5);
    expect(lines?.name).toBe('履职明细');
    expect(lines?.rowCount).toBe(1 + 5); // star 3, steady 1, the signed-in member 1
    const links = lines?.getColumn(6).values.slice(2) as string[];
    expect(links.every((l) => l.startsWith('http://localhost:3000/'))).toBe(true);
  });

  it('answers 401, 404, 403 and 400 as the ranking does', async () => {
    const url = (q: string) => `/api/duty/ledger.xlsx?year=${YEAR}${q}`;
    expect((await anonymous.get(url(''))).statusCode).toBe(401);
    expect((await s.liaisonB.agent.get(url(`&placeId=${s.tree.townA.id}`))).statusCode).toBe(404);
    expect((await s.member.agent.get(url(`&placeId=${s.tree.townA.id}`))).statusCode).toBe(403);
    expect((await s.cppcc.agent.get('/api/duty/ledger.xlsx?placeId=x')).statusCode).toBe(400);
  });
});

describe('GET /api/duty/members/:id', () => {
  const url = (id: string, q = `?year=${YEAR}`) => `/api/duty/members/${id}${q}`;

  it('shows a member their own ledger, and readers in reach theirs', async () => {
    const own = await s.member.agent.get(url(s.member.id));
    expect(own.statusCode, own.body).toBe(200);
    expect(json<Ledger>(own)).toMatchObject({
      member: { id: s.member.id, place: { id: s.tree.townA.id } },
      year: YEAR,
      total: 1,
      abilities: { ask: true, review: false },
    });
    for (const who of [s.cppcc, s.leader, s.liaison]) {
      const l = json<Ledger>(await who.agent.get(url(star)));
      expect(l.total).toBe(13);
      expect(l.member).toMatchObject({ displayName: '甲委员', sector: 'agriculture', termStart: 2022, termEnd: 2027 });
      expect(l.abilities.ask).toBe(false);
    }
    expect(json<Ledger>(await s.liaison.agent.get(url(star))).abilities.review).toBe(true);
    expect(json<Ledger>(await s.leader.agent.get(url(star))).abilities.review).toBe(false);
    // this year when none is asked for
    expect(json<Ledger>(await s.member.agent.get(url(s.member.id, ''))).year).toBe(new Date().getFullYear());
  });

  it('answers 401, 404 in another region or for no such member, 403 to another member and administrators, 400 on bad input', async () => {
    expect((await anonymous.get(url(star))).statusCode).toBe(401);
    expect((await s.liaisonB.agent.get(url(star))).statusCode).toBe(404);
    expect((await s.memberB.agent.get(url(star))).statusCode).toBe(404);
    expect((await s.cppcc.agent.get(url(NO_SUCH))).statusCode).toBe(404);
    expect((await s.cppcc.agent.get(url(s.liaison.id))).statusCode).toBe(404); // not a member
    expect((await s.member.agent.get(url(star))).statusCode).toBe(403);
    expect((await s.admin.agent.get(url(star))).statusCode).toBe(403);
    const badId = await s.cppcc.agent.get('/api/duty/members/x');
    expect(badId.statusCode).toBe(400);
    expect(fieldsOf(badId.body)).toEqual(['id']);
    const badYear = await s.cppcc.agent.get(url(star, '?year=3000'));
    expect(badYear.statusCode).toBe(400);
    expect(fieldsOf(badYear.body)).toEqual(['year']);
  });
});

describe('GET /api/duty/members/:id/dossier.docx', () => {
  const url = (id: string) => `/api/duty/members/${id}/dossier.docx?year=${YEAR}`;

  it('writes the member’s 履职档案: profile, lines by kind, total and grade', async () => {
    const res = await s.cppcc.agent.get(url(star));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`甲委员${YEAR}年度履职档案`));
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    for (const text of [
      `甲委员${YEAR}年度履职档案`,
      '一、基本情况',
      '青禾农业合作社 理事长',
      '2022—2027年',
      '二、履职情况',
      '（一）参加协商议事：1项，计5分',
      '（二）接待日到岗：2项，计8分',
      `${YEAR}年3月1日`,
      '三、考核结果',
      '本年度履职得分13分，考核等次：不称职。',
      '按平台默认考核细则计分。',
    ])
      expect(value).toContain(text);
  });

  it('answers in the reader’s language', async () => {
    const res = await s.cppcc.agent.get(url(star), { 'accept-language': 'en' });
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(value).toContain(`Duty record of 甲委员, ${YEAR}`);
    expect(value).toContain('Reception days held: 2, 8 points');
  });

  it('answers 401, 404, 403 and 400 as the ledger does', async () => {
    expect((await anonymous.get(url(star))).statusCode).toBe(401);
    expect((await s.liaisonB.agent.get(url(star))).statusCode).toBe(404);
    expect((await s.member.agent.get(url(star))).statusCode).toBe(403);
    expect((await s.cppcc.agent.get('/api/duty/members/x/dossier.docx')).statusCode).toBe(400);
  });
});

describe('GET /api/duty/ledger.xlsx, guarded and audited', () => {
  it('writes a name like a formula as text, and records who exported what', async () => {
    await insertMember(t.db, s.tree.townB, { name: '=HYPERLINK("x")' });
    const res = await s.cppccB.agent.get(`/api/duty/ledger.xlsx?year=${YEAR}&placeId=${s.tree.townB.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: ExcelJS.Row[] = [];
    wb.worksheets[0]?.eachRow((row, n) => n > 1 && rows.push(row));
    const cell = rows.map((r) => r.getCell(2)).find((c) => c.value === '=HYPERLINK("x")');
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.numFmt).toBe('@');
    const audits = await t.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'duty.ledger_export'), eq(auditEvents.actorId, s.cppccB.id)));
    expect(audits.map((a) => a.after)).toContainEqual({
      filters: { year: YEAR, placeId: s.tree.townB.id },
      count: rows.length,
    });
  });
});
