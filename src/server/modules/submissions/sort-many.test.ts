import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { SortManyResponse, SubmissionDetail } from '../../../shared/api/submissions';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { auditEvents, submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

// 批量分办 (POST /api/submissions/sort-many), and 居民所在 kept when sorting moves an item up.

type Results = Wire<typeof SortManyResponse>['results'];

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let townLiaison: Agent;
let ipSeq = 0;

async function raise(place: BuiltPlace) {
  const resident = new Agent(t.app, {}, `127.9.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`);
  const res = await resident.post(`/api/public/places/${place.code}/submissions`, { content: '楼道里的灯坏了好几天' });
  expect(res.statusCode).toBe(201);
  const code = json<Wire<typeof SubmissionCreatedResponse>>(res).trackingCode;
  const [row] = await t.db.select({ id: submissions.id }).from(submissions).where(eq(submissions.trackingCode, code));
  return row?.id as string;
}
const sortMany = (by: Agent, body: Record<string, unknown>) => by.post('/api/submissions/sort-many', body);

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  townLiaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
});

describe('batch sorting', () => {
  it('sorts several items to one place, each audited, and reports each', async () => {
    const ids = [await raise(tree.gridA), await raise(tree.villageA)];
    const res = await sortMany(townLiaison, { ids, action: 'to_township', placeId: tree.townA.id, note: '一并提交' });
    expect(res.statusCode, res.body).toBe(200);
    expect(json<{ results: Results }>(res).results).toEqual(ids.map((id) => ({ id, ok: true, status: 'township' })));
    const moved = await t.db.select().from(submissions).where(inArray(submissions.id, ids));
    expect(moved.map((s) => s.placeId)).toEqual([tree.townA.id, tree.townA.id]);
    const audit = await t.db
      .select({ id: auditEvents.entityId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'submission.to_township'), inArray(auditEvents.entityId, ids)));
    expect(audit.map((a) => a.id).sort()).toEqual([...ids].sort());
  });

  it('answers 401 without a session', async () => {
    const res = await sortMany(new Agent(t.app), { ids: [await raise(tree.villageA)], action: 'to_township' });
    expect(res.statusCode).toBe(401);
  });

  it('answers 403 to a role that sorts nowhere', async () => {
    const member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.townA })).agent;
    const res = await sortMany(member, { ids: [await raise(tree.villageA)], action: 'to_township' });
    expect(res.statusCode).toBe(403);
  });

  it('answers 400 field by field for bad input', async () => {
    const res = await sortMany(townLiaison, { ids: [], action: 'reply', placeId: 'x' });
    expect(res.statusCode).toBe(400);
    const none = await sortMany(townLiaison, { ids: ['not-a-uuid'], action: 'to_department' });
    expect(none.statusCode).toBe(400);
    const paths = json<{ fields: { path: string }[] }>(none).fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['ids.0', 'departmentId']));
  });

  it('reports an item of another region as not found, an already sorted one as a conflict, and sorts the rest', async () => {
    const mine = await raise(tree.villageA);
    const elsewhere = await raise(tree.villageB);
    const done = await raise(tree.villageA);
    await sortMany(townLiaison, { ids: [done], action: 'to_township' });
    const res = await sortMany(townLiaison, { ids: [elsewhere, done, mine], action: 'to_township' });
    expect(res.statusCode).toBe(200);
    const results = json<{ results: Results }>(res).results;
    expect(results.map((r) => (r.ok ? r.status : r.httpStatus))).toEqual([404, 409, 'township']);
    expect(results[0]).toMatchObject({ code: 'not_found', message: expect.any(String) });
    const [other] = await t.db.select().from(submissions).where(eq(submissions.id, elsewhere));
    expect(other?.status).toBe('received');
  });
});

describe('居民所在', () => {
  it('keeps where the resident wrote from when sorting moves the item up, and shows where it went', async () => {
    const id = await raise(tree.gridA);
    const before = json<Wire<typeof SubmissionDetail>>(await townLiaison.get(`/api/submissions/${id}`));
    expect(before.residentPlace).toBeNull();
    await sortMany(townLiaison, { ids: [id], action: 'to_community' });
    const after = json<Wire<typeof SubmissionDetail>>(await townLiaison.get(`/api/submissions/${id}`));
    expect(after.place.id).toBe(tree.villageA.id);
    expect(after.residentPlace).toEqual({
      id: tree.gridA.id,
      trail: [tree.district.name, tree.townA.name, tree.villageA.name, tree.gridA.name].join(' / '),
    });
  });
});
