import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { PlanResponse } from '../../../shared/api/plans';
import { auditEvents } from '../../platform/db/schema';
import { actorWith } from '../../testing/actors';
import { buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { columnOf, expectTextCell, exportedSheet } from '../../testing/xlsx';
import { ALL_MET, giveCouncil, raiseTopic } from '../topics/testing';
import { exportPlanXlsx } from './export-plan-xlsx';

const YEAR = 2026;
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let leader: { id: string; agent: Agent };
let liaison: Agent;
let otherLeader: Agent;
const url = (year = YEAR, district = tree.district.id) => `/api/plans/${district}/${year}/export.xlsx`;

async function planned(title: string, plannedMonth: number | null, approve: boolean) {
  const topic = await raiseTopic(leader.agent, { placeId: tree.townA.id, source: 'leader', title });
  expect(
    (await liaison.post(`/api/topics/${topic.id}/screening`, { criteria: ALL_MET, decision: 'accept' })).statusCode,
  ).toBe(200);
  const res = await leader.agent.post(`/api/plans/${tree.district.id}/${YEAR}/items`, {
    topicId: topic.id,
    plannedMonth,
    approve,
  });
  expect(res.statusCode, res.body).toBe(201);
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  await giveCouncil(t.db, tree.townA);
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  leader = await buildAccount(t.app, t.db, { role: 'leader', place: tree.district });
  otherLeader = (await buildAccount(t.app, t.db, { role: 'leader', place: await buildPlace(t.db) })).agent;
  await planned('=HYPERLINK("x") 加装电梯', 10, false);
  await planned('农贸市场周边交通治理', 3, true);
  await planned('社区养老服务站建设', null, true);
});

describe('GET /api/plans/:districtId/:year/export.xlsx', () => {
  it('answers 401, 400 by field, 404 in another region or for a place that is not a district', async () => {
    expect((await new Agent(t.app).get(url())).statusCode).toBe(401);
    const bad = await leader.agent.get(`/api/plans/x/1900/export.xlsx`);
    expect(bad.statusCode).toBe(400);
    expect(
      json<Wire<typeof ErrorBody>>(bad)
        .fields?.map((f) => f.path)
        .sort(),
    ).toEqual(['districtId', 'year']);
    expect((await otherLeader.get(url())).statusCode).toBe(404);
    // a township liaison does not reach the district's plan (as on the page)
    expect((await liaison.get(url())).statusCode).toBe(404);
    expect((await leader.agent.get(url(YEAR, tree.townA.id))).statusCode).toBe(404);
  });

  it('has every item the page lists, in its order (by month, unscheduled last), and audits', async () => {
    const plan = json<Wire<typeof PlanResponse>>(await leader.agent.get(`/api/plans/${tree.district.id}/${YEAR}`));
    const { header, rows } = await exportedSheet(leader.agent, url());
    expect(header.slice(0, 4)).toEqual(['议题编号', '议题', '协商层级', '计划时间']);
    expect(rows).toHaveLength(plan.items.length);
    expect(rows.map((r) => r.getCell(1).value)).toEqual(plan.items.map((i) => i.topic.code));
    expect(rows.map((r) => r.getCell(4).value)).toEqual(['3月', '10月', '待定']);
    expect(columnOf(rows, 6)).toEqual(['已审定', '已审定', '待审定']);
    const audits = await t.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'plan.export'), eq(auditEvents.actorId, leader.id)));
    expect(audits.map((a) => a.after)).toContainEqual({
      filters: { districtId: tree.district.id, year: YEAR },
      count: 3,
    });
  });

  it('writes a title like a formula as text, in the reader’s language', async () => {
    const { header, rows, disposition } = await exportedSheet(leader.agent, url(), { 'accept-language': 'en' });
    expect(header[1]).toBe('Topic');
    expect(disposition).toContain('.xlsx');
    expectTextCell(rows[1]?.getCell(2), '=HYPERLINK("x") 加装电梯');
    expect(rows[2]?.getCell(4).value).toBe('To be set');
  });

  it('exports an empty year as a header alone, and refuses with 413 past the limit', async () => {
    expect((await exportedSheet(leader.agent, url(2030))).rows).toHaveLength(0);
    const ctx = {
      db: t.db,
      actor: actorWith(leader.id, ['leader', tree.district.path]),
      locale: 'en' as const,
      ip: null,
    };
    await expect(exportPlanXlsx(ctx, tree.district.id, YEAR, new Date(), 2)).rejects.toMatchObject({
      status: 413,
      code: 'export_too_large',
    });
  });
});
