import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { CandidatesResponse, ScreeningGroupsResponse } from '../../../shared/api/topics';
import { submissions } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { type ErrorBody, giveCouncil, raiseTopic, submission } from './testing';

type Groups = Wire<typeof ScreeningGroupsResponse>;
type Candidates = Wire<typeof CandidatesResponse>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Agent;
let member: Agent;
let liaisonB: Agent;
const lamps: string[] = [];
const parking: string[] = [];

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  await giveCouncil(t.db, tree.townA);
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.townA })).agent;
  liaisonB = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townB })).agent;
  const s = (place: typeof tree.villageA, text: string, sortTo?: string) => submission(liaison, place, text, sortTo);

  lamps.push((await s(tree.villageA, '楼道里的路灯坏了，晚上看不见', 'to_township')).id);
  lamps.push((await s(tree.gridA, '楼道路灯坏了好几天没人修')).id);
  lamps.push((await s(tree.villageA, '樓道裡的路燈也壞了')).id);
  parking.push((await s(tree.villageA, '小区停车位太少，车没地方停', 'to_community')).id);
  parking.push((await s(tree.gridA, '停车位太少了，晚上回来没地方停车')).id);
  await s(tree.villageA, '广场舞音乐声音太大');
  // not in the pool: too old, solved, already in a topic, another township
  const old = await s(tree.villageA, '楼道路灯坏了，一直没人管');
  await t.db
    .update(submissions)
    .set({ createdAt: new Date(Date.now() - 100 * 86_400_000) })
    .where(eq(submissions.id, old.id));
  await s(tree.villageA, '停车位太少，车没地方停', 'solve');
  const taken = await s(tree.villageA, '楼道的路灯坏了很危险', 'to_township');
  await raiseTopic(liaison, {
    placeId: tree.townA.id,
    source: 'submission',
    submissionIds: [taken.id],
    title: '楼道照明',
  });
  await submission(liaisonB, tree.villageB, '楼道里的路灯坏了', 'to_township');
});

describe('GET /api/topics/screening-groups (网格筛题)', () => {
  const path = () => `/api/topics/screening-groups?placeId=${tree.townA.id}`;

  it('answers 401, 400, 404 in another region and 403 to a member', async () => {
    expect((await new Agent(t.app).get(path())).statusCode).toBe(401);
    const bad = await liaison.get('/api/topics/screening-groups');
    expect(bad.statusCode).toBe(400);
    expect(json<ErrorBody>(bad).fields?.[0]?.path).toBe('placeId');
    expect((await liaisonB.get(path())).statusCode).toBe(404);
    expect((await member.get(path())).statusCode).toBe(403);
  });

  it('groups similar open submissions of the last 90 days no topic holds, largest first', async () => {
    const res = await liaison.get(path());
    expect(res.statusCode).toBe(200);
    const { groups, scanned } = json<Groups>(res);
    expect(scanned).toBe(6);
    expect(groups.map((g) => g.submissions.map((s) => s.id).sort())).toEqual([[...lamps].sort(), [...parking].sort()]);
    expect(groups[0]).toMatchObject({ size: 3, label: '樓道裡的路燈也壞了' });
    expect(groups[0]?.keywords).toContain('路灯');
    // the first lamp report was sorted up to the township, the others stay where they were raised
    expect(groups[0]?.places.map((p) => p.id).sort()).toEqual([tree.townA.id, tree.villageA.id, tree.gridA.id].sort());
  });

  it('narrows to a place beneath, and drops a group once it becomes a topic', async () => {
    const inGrid = json<Groups>(await liaison.get(`/api/topics/screening-groups?placeId=${tree.gridA.id}`));
    expect(inGrid.groups).toEqual([]); // one lamp and one parking item there: no pairs
    const group = json<Groups>(await liaison.get(path())).groups[1];
    const topic = await raiseTopic(liaison, {
      placeId: tree.townA.id,
      source: 'grid_screening',
      title: '小区停车位不足',
      submissionIds: group?.submissions.map((s) => s.id),
    });
    expect(topic.submissions).toHaveLength(2);
    const after = json<Groups>(await liaison.get(path())).groups;
    expect(after.map((g) => g.size)).toEqual([3]);
  });
});

describe('GET /api/topics/candidates', () => {
  it('answers 401, 400, 404 in another region and 403 to a member', async () => {
    expect((await new Agent(t.app).get('/api/topics/candidates')).statusCode).toBe(401);
    expect((await liaison.get('/api/topics/candidates?pageSize=0')).statusCode).toBe(400);
    expect((await liaisonB.get(`/api/topics/candidates?placeId=${tree.townA.id}`)).statusCode).toBe(404);
    expect((await member.get('/api/topics/candidates')).statusCode).toBe(403);
  });

  it('offers items sorted to a council that no topic holds, searched across 简/繁', async () => {
    const res = await liaison.get(`/api/topics/candidates?placeId=${tree.townA.id}`);
    expect(res.statusCode).toBe(200);
    const page = json<Candidates>(res);
    // the lamp item sorted to the township; the parking one went into a topic above
    expect(page.items.map((i) => i.id)).toEqual([lamps[0]]);
    expect(page).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    const rows = await t.db
      .select({ status: submissions.status })
      .from(submissions)
      .where(inArray(submissions.id, [lamps[0] as string]));
    expect(rows[0]?.status).toBe('township');
    const q = json<Candidates>(await liaison.get(`/api/topics/candidates?q=${encodeURIComponent('路燈')}`));
    expect(q.items.map((i) => i.id)).toEqual([lamps[0]]);
    expect(json<Candidates>(await liaison.get(`/api/topics/candidates?q=${encodeURIComponent('电梯')}`)).total).toBe(0);
  });
});
