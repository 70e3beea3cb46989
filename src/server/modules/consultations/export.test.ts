import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { ConsultationList } from '../../../shared/api/consultations';
import { auditEvents } from '../../platform/db/schema';
import { actorWith } from '../../testing/actors';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { columnOf, expectTextCell, exportedSheet } from '../../testing/xlsx';
import { exportConsultations } from './export-consultations';
import { buildConsultation } from './testing';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: { id: string; agent: Agent };
let liaisonB: Agent;
const URL = '/api/consultations/export.xlsx';

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  liaison = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA });
  liaisonB = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townB })).agent;
  await buildConsultation(t.db, { place: tree.townA, title: '+1 加装电梯协商会' });
  await buildConsultation(t.db, { place: tree.villageA, title: '村口路灯协商', form: 'on_site' });
  await buildConsultation(t.db, {
    place: tree.townA,
    title: '停车难协商',
    status: 'concluded',
    startsAt: new Date('2026-03-01T02:00:00Z'),
  });
  await buildConsultation(t.db, { place: tree.townB, title: '另一个乡镇的协商' });
});

const list = async (by: Agent, query: string) => {
  const res = await by.get(`/api/consultations?pageSize=100&${query}`);
  expect(res.statusCode).toBe(200);
  return json<Wire<typeof ConsultationList>>(res);
};

describe('GET /api/consultations/export.xlsx', () => {
  it('answers 401 without a session', async () => {
    expect((await new Agent(t.app).get(URL)).statusCode).toBe(401);
  });

  it.each([
    ['status=nope', 'status'],
    ['form=fax', 'form'],
    ['from=yesterday', 'from'],
    ['placeId=x', 'placeId'],
  ])('answers 400 for %s, by field', async (query, path) => {
    const res = await liaison.agent.get(`${URL}?${query}`);
    expect(res.statusCode).toBe(400);
    expect(json<Wire<typeof ErrorBody>>(res).fields?.map((f) => f.path)).toContain(path);
  });

  it('answers 404 for a place in another region', async () => {
    expect((await liaison.agent.get(`${URL}?placeId=${tree.townB.id}`)).statusCode).toBe(404);
  });

  it.each(['', 'form=on_site', 'status=concluded', 'q=路灯', 'placeId=VILLAGE', 'from=2026-06-01T00:00:00Z'])(
    'has exactly the rows the list counts for %j',
    async (raw) => {
      const query = raw.replace('VILLAGE', tree.villageA.id);
      const expected = await list(liaison.agent, query);
      const { rows } = await exportedSheet(liaison.agent, `${URL}?${query}`);
      expect(rows).toHaveLength(expected.total);
      expect(columnOf(rows, 1)).toEqual(expected.items.map((i) => i.code).sort());
    },
  );

  it('leaves out another region’s consultations and audits the export', async () => {
    expect(columnOf((await exportedSheet(liaisonB, URL)).rows, 2)).toEqual(['另一个乡镇的协商']);
    const { rows } = await exportedSheet(liaison.agent, URL);
    expect(rows).toHaveLength(3);
    const audits = await t.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'consultation.export'), eq(auditEvents.actorId, liaison.id)));
    expect(audits.map((a) => a.after)).toContainEqual(expect.objectContaining({ count: 3 }));
  });

  it('writes the reader’s language and a title like a formula as text', async () => {
    const { header, rows } = await exportedSheet(liaison.agent, `${URL}?q=电梯`, { 'accept-language': 'en' });
    expect(header.slice(0, 5)).toEqual(['Code', 'Title', 'Form', 'Status', 'Starts']);
    const [row] = rows;
    expectTextCell(row?.getCell(2), '+1 加装电梯协商会');
    expect(row?.getCell(3).value).toBe('Meeting');
    expect(row?.getCell(5).value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const zh = await exportedSheet(liaison.agent, URL, { 'accept-language': 'zh-CN' });
    expect(zh.header[2]).toBe('形式');
  });

  it('refuses with 413 past the row limit', async () => {
    const ctx = {
      db: t.db,
      actor: actorWith(liaison.id, ['liaison', tree.townA.path]),
      locale: 'en' as const,
      ip: null,
    };
    await expect(exportConsultations(ctx, {}, undefined, new Date(), 2)).rejects.toMatchObject({
      status: 413,
      code: 'export_too_large',
    });
  });
});
