import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { OutcomeList } from '../../../shared/api/outcomes';
import { auditEvents } from '../../platform/db/schema';
import { actorWith } from '../../testing/actors';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { columnOf, expectTextCell, exportedSheet } from '../../testing/xlsx';
import { listConsensusItems } from '../consultations';
import { buildConsultation } from '../consultations/testing';
import { exportOutcomes } from './export-outcomes';
import { draft, outcomeScene } from './testing';

let t: TestApp;
let s: Awaited<ReturnType<typeof outcomeScene>>;
const URL = '/api/outcomes/export.xlsx';

beforeAll(async () => {
  t = await startTestApp();
  s = await outcomeScene(t);
  const [first, second] = s.consensus.map((c) => c.id) as [string, string];
  await draft(s.liaison.agent, s.held.consultationId, [first], { title: '@SUM(A1) 关于停车的建议案' });
  await draft(s.liaison.agent, s.held.consultationId, [second], {
    type: 'special_report',
    title: '关于充电的专项报告',
  });
  const heldB = await buildConsultation(t.db, { place: s.tree.townB, status: 'concluded', consensus: ['修路'] });
  const [itemB] = await listConsensusItems(t.db, heldB.consultationId);
  await draft(s.liaisonB.agent, heldB.consultationId, [itemB?.id as string], { title: '另一个乡镇的建议案' });
});

const list = async (by: Agent, query: string) => {
  const res = await by.get(`/api/outcomes?pageSize=100&${query}`);
  expect(res.statusCode).toBe(200);
  return json<Wire<typeof OutcomeList>>(res);
};

describe('GET /api/outcomes/export.xlsx', () => {
  it('answers 401 without a session', async () => {
    expect((await new Agent(t.app).get(URL)).statusCode).toBe(401);
  });

  it.each([
    ['status=nope', 'status'],
    ['type=fax', 'type'],
    ['box=mine', 'box'],
    ['placeId=x', 'placeId'],
  ])('answers 400 for %s, by field', async (query, path) => {
    const res = await s.liaison.agent.get(`${URL}?${query}`);
    expect(res.statusCode).toBe(400);
    expect(json<Wire<typeof ErrorBody>>(res).fields?.map((f) => f.path)).toContain(path);
  });

  it.each(['', 'type=special_report', 'status=draft', 'status=sent', 'q=停车', 'box=received'])(
    'has exactly the rows the list counts for %j',
    async (query) => {
      const expected = await list(s.liaison.agent, query);
      const { rows } = await exportedSheet(s.liaison.agent, `${URL}?${query}`);
      expect(rows).toHaveLength(expected.total);
      expect(columnOf(rows, 1)).toEqual(expected.items.map((i) => i.code).sort());
    },
  );

  it('leaves out another region’s outcomes and audits the export', async () => {
    expect(columnOf((await exportedSheet(s.liaisonB.agent, URL)).rows, 3)).toEqual(['另一个乡镇的建议案']);
    const { rows } = await exportedSheet(s.liaison.agent, URL);
    expect(rows).toHaveLength(2);
    const audits = await t.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'outcome.export'), eq(auditEvents.actorId, s.liaison.id)));
    expect(audits.map((a) => a.after)).toContainEqual(expect.objectContaining({ count: 2 }));
  });

  it('writes the reader’s language and a title like a formula as text', async () => {
    const { header, rows } = await exportedSheet(s.liaison.agent, `${URL}?q=SUM`, { 'accept-language': 'zh-TW' });
    expect(header.slice(0, 4)).toEqual(['編號', '類型', '標題', '狀態']);
    const [row] = rows;
    expectTextCell(row?.getCell(3), '@SUM(A1) 关于停车的建议案');
    expect(row?.getCell(2).value).toBe('建議案');
    expect(row?.getCell(4).value).toBe('草稿');
    expect(row?.getCell(10).value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('refuses with 413 past the row limit', async () => {
    const actor = actorWith(s.liaison.id, ['liaison', s.tree.townA.path]);
    const ctx = { db: t.db, actor, locale: 'en' as const, ip: null };
    await expect(exportOutcomes(ctx, { box: 'all' }, new Date(), 1)).rejects.toMatchObject({
      status: 413,
      code: 'export_too_large',
    });
  });
});
