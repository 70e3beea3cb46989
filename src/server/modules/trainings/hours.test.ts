import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import {
  created,
  fieldsOf,
  setTimes,
  type TrainingHours,
  type TrainingScene,
  tick,
  tokenOf,
  trainingScene,
} from './testing';

let t: TestApp;
let s: TrainingScene;
let anonymous: Agent;
const hours = (by: Agent, q: string) => by.get(`/api/trainings/hours?${q}`);

// 2025's sessions, long over: two held in township A (everyone invited), one at its village, one cancelled
beforeAll(async () => {
  t = await startTestApp();
  s = await trainingScene(t);
  anonymous = new Agent(t.app);
  const first = await created(s, { hours: 3 });
  const second = await created(s, { hours: 1.5, memberIds: [s.memberD.id] });
  const village = await created(s, { hours: 2, placeId: s.tree.villageA.id, inviteAll: true });
  const cancelled = await created(s, { hours: 4 });
  await s.memberA1.agent.post(`/api/trainings/check-in/${await tokenOf(t, first.id)}`);
  await s.memberV.agent.post(`/api/trainings/${village.id}/check-in`);
  await setTimes(t, first.id, '2025-03-10T01:00:00Z', '2025-03-10T04:00:00Z');
  await setTimes(t, second.id, '2025-06-02T06:00:00Z', '2025-06-02T07:30:00Z');
  await setTimes(t, village.id, '2025-12-31T15:00:00Z', '2025-12-31T15:50:00Z'); // 23:00 on 31 Dec in Beijing: 2025
  await tick(s.cppcc.agent, second.id, s.memberA1.id, true);
  await tick(s.cppcc.agent, second.id, s.memberD.id, true);
  await s.cppcc.agent.post(`/api/trainings/${cancelled.id}/cancel`);
  await setTimes(t, cancelled.id, '2025-04-01T01:00:00Z', '2025-04-01T02:00:00Z');
});

describe('GET /api/trainings/hours', () => {
  it('gives each member of the reach their sessions and credit hours for the year', async () => {
    const res = await hours(s.cppcc.agent, `year=2025&placeId=${s.tree.townA.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const table = json<TrainingHours>(res);
    const row = (id: string) => table.items.find((i) => i.member.id === id);
    expect(row(s.memberA1.id)).toMatchObject({ invited: 2, attended: 2, missed: 0, hours: 4.5 });
    expect(row(s.memberA2.id)).toMatchObject({ invited: 2, attended: 0, missed: 2, hours: 0 });
    expect(row(s.memberV.id)).toMatchObject({ invited: 3, attended: 1, missed: 2, hours: 2 });
    expect(row(s.memberD.id)).toBeUndefined(); // a district member is not of township A
    expect(table.totals).toEqual({ sessions: 3, members: 3, personTimes: 3, hours: 6.5 });
    const district = json<TrainingHours>(await hours(s.cppcc.agent, 'year=2025'));
    expect(district.items.find((i) => i.member.id === s.memberD.id)).toMatchObject({ attended: 1, hours: 1.5 });
    const other = json<TrainingHours>(await hours(s.cppcc.agent, `year=2026&placeId=${s.tree.townA.id}`));
    expect(other.items.every((i) => i.attended === 0 || i.hours > 0)).toBe(true);
    expect(other.items.find((i) => i.member.id === s.memberA1.id)?.hours).toBe(0);
  });

  it('answers 401, 403 to members and departments, 404 for a place of another region, 400 by field', async () => {
    expect((await hours(anonymous, 'year=2025')).statusCode).toBe(401);
    for (const who of [s.memberA1, s.department]) expect((await hours(who.agent, 'year=2025')).statusCode).toBe(403);
    expect((await hours(s.liaisonB.agent, `year=2025&placeId=${s.tree.townA.id}`)).statusCode).toBe(404);
    expect(fieldsOf((await hours(s.cppcc.agent, 'placeId=x')).body)).toEqual(['placeId', 'year']);
    expect(fieldsOf((await hours(s.cppcc.agent, 'year=20x5')).body)).toEqual(['year']);
  });
});

describe('GET /api/trainings/hours.xlsx', () => {
  it('exports the same table as Excel, in the reader’s language', async () => {
    const res = await s.liaisonA.agent.get('/api/trainings/hours.xlsx?year=2025', { 'accept-language': 'zh-CN' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('委员培训学时统计-2025.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).values).toEqual([undefined, '委员', '所在地点', '受邀场次', '出席场次', '缺席场次', '学时']);
    const names = [2, 3, 4].map((n) => ws?.getRow(n).getCell(1).value);
    expect(names).toHaveLength(3);
    expect(ws?.getRow(5).values).toEqual([undefined, '合计', '', '', 3, '', 6.5]);
    expect((await s.memberA1.agent.get('/api/trainings/hours.xlsx?year=2025')).statusCode).toBe(403);
  });
});
