import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { TopicList } from '../../../shared/api/topics';
import { auditEvents } from '../../platform/db/schema';
import { actorWith } from '../../testing/actors';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { columnOf, expectTextCell, exportedSheet } from '../../testing/xlsx';
import { exportTopics } from './export-topics';
import { type ErrorBody, giveCouncil, raiseTopic } from './testing';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: { id: string; agent: Agent };
let liaisonB: Agent;
const URL = '/api/topics/export.xlsx';

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  for (const p of [tree.townA, tree.townB, tree.villageA]) await giveCouncil(t.db, p);
  liaison = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA });
  liaisonB = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townB })).agent;
  const leader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).agent;
  const member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.townA })).agent;
  const raise = (by: Agent, title: string, body: Record<string, unknown>) =>
    raiseTopic(by, { title, source: 'leader', urgency: 'minor', ...body });
  await raise(leader, '=HYPERLINK("x") 加装电梯', { placeId: tree.townA.id });
  await raise(leader, '村口路灯不亮', { placeId: tree.villageA.id, urgency: 'urgent' });
  await raise(member, '小区停车难', { placeId: tree.townA.id, source: 'member' });
  await raise(leader, '另一个乡镇的议题', { placeId: tree.townB.id });
});

const list = async (by: Agent, query: string) => {
  const res = await by.get(`/api/topics?pageSize=100&${query}`);
  expect(res.statusCode).toBe(200);
  return json<Wire<typeof TopicList>>(res);
};

describe('GET /api/topics/export.xlsx', () => {
  it('answers 401 without a session', async () => {
    expect((await new Agent(t.app).get(URL)).statusCode).toBe(401);
  });

  it.each([
    ['status=nope', 'status.0'],
    ['source=fax', 'source'],
    ['placeId=x', 'placeId'],
  ])('answers 400 for %s, by field', async (query, path) => {
    const res = await liaison.agent.get(`${URL}?${query}`);
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).fields?.map((f) => f.path)).toContain(path);
  });

  it.each(['', 'urgency=urgent', 'source=member', 'q=电梯', 'status=proposed,accepted', 'placeId=VILLAGE'])(
    'has exactly the rows the list counts for %j',
    async (raw) => {
      const query = raw.replace('VILLAGE', tree.villageA.id);
      const expected = await list(liaison.agent, query);
      const { rows } = await exportedSheet(liaison.agent, `${URL}?${query}`);
      expect(rows).toHaveLength(expected.total);
      expect(columnOf(rows, 1)).toEqual(expected.items.map((i) => i.code).sort());
    },
  );

  it('leaves out another region’s topics and audits the export', async () => {
    expect(columnOf((await exportedSheet(liaisonB, URL)).rows, 2)).toEqual(['另一个乡镇的议题']);
    const { rows } = await exportedSheet(liaison.agent, URL);
    expect(rows.map((r) => r.getCell(2).value)).not.toContain('另一个乡镇的议题');
    expect(rows).toHaveLength(3);
    const audits = await t.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'topic.export'), eq(auditEvents.actorId, liaison.id)));
    expect(audits.map((a) => a.after)).toContainEqual(expect.objectContaining({ count: 3 }));
  });

  it('writes the reader’s language, the place’s full name, and a title like a formula as text', async () => {
    const { header, rows, disposition } = await exportedSheet(liaison.agent, `${URL}?q=HYPERLINK`, {
      'accept-language': 'en',
    });
    expect(header).toEqual(['Code', 'Title', 'Status', 'Source', 'Kind', 'Place', 'Linked submissions', 'Raised']);
    expect(disposition).toContain('topics-');
    const [row] = rows;
    expectTextCell(row?.getCell(2), '=HYPERLINK("x") 加装电梯');
    expect(row?.getCell(3).value).toBe('awaiting screening');
    expect(row?.getCell(4).value).toBe('Assigned by leaders');
    expect(row?.getCell(6).value).toBe([tree.district, tree.townA].map((p) => p.name).join(' / '));
    expect(row?.getCell(8).value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const zh = await exportedSheet(liaison.agent, URL, { 'accept-language': 'zh-TW' });
    expect(zh.header[0]).toBe('編號');
  });

  it('refuses with 413 past the row limit', async () => {
    const ctx = {
      db: t.db,
      actor: actorWith(liaison.id, ['liaison', tree.townA.path]),
      locale: 'en' as const,
      ip: null,
    };
    await expect(exportTopics(ctx, {}, new Date(), 2)).rejects.toMatchObject({
      status: 413,
      code: 'export_too_large',
      params: { count: 3, limit: 2 },
    });
  });
});
