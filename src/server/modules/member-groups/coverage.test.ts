import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, memberPlaces, places } from '../../platform/db/schema';
import { buildPlace } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { assign, type Coverage, fieldsOf, type GroupScene, groupScene, plainAccount } from './testing';

let t: TestApp;
let s: GroupScene;
let anonymous: Agent;
let villageC: Awaited<ReturnType<typeof buildPlace>>;
const coverage = (by: Agent, q = '') => by.get(`/api/member-groups/coverage${q ? `?${q}` : ''}`);
const member = (i: number) => s.members[i] as { id: string };

// village A: 王海燕 (there and on a grid of it: once) and 赵立新; community B: 孙丽 (and a disabled
// account, not counted); village C: nobody (王海燕's workstation is not an assignment); an archived
// village is left out
beforeAll(async () => {
  t = await startTestApp();
  s = await groupScene(t);
  anonymous = new Agent(t.app);
  villageC = await buildPlace(t.db, { parent: s.tree.townA, kind: 'village', name: '柳塘村' });
  const archived = await buildPlace(t.db, { parent: s.tree.townA, kind: 'village' });
  await t.db.update(places).set({ archivedAt: new Date() }).where(eq(places.id, archived.id));
  const gone = await plainAccount(t.db, s.tree.townB);
  await t.db.update(accounts).set({ isDisabled: true }).where(eq(accounts.id, gone.id));
  await assign(t.db, s.tree.villageA, member(0), member(1));
  await assign(t.db, s.tree.gridA, member(0));
  await assign(t.db, s.tree.villageB, member(2), gone);
  await t.db.insert(memberPlaces).values({ accountId: member(0).id, placeId: villageC.id, kind: 'workstation' });
});

describe('GET /api/member-groups/coverage', () => {
  it('counts the members assigned to each village and community, the fewest first, with who they are', async () => {
    const res = await coverage(s.cppcc.agent);
    expect(res.statusCode, res.body).toBe(200);
    const c = json<Coverage>(res);
    expect(c).toMatchObject({ min: 2, total: 3, totals: { places: 3, covered: 1, lacking: 2 } });
    expect(c.items.map((r) => [r.place.id, r.memberCount, r.isLacking])).toEqual([
      [villageC.id, 0, true],
      [s.tree.villageB.id, 1, true],
      [s.tree.villageA.id, 2, false],
    ]);
    expect(c.items[0]).toMatchObject({
      place: { name: '柳塘村', kind: 'village' },
      parent: { id: s.tree.townA.id },
      members: [],
    });
    expect(c.items[2]?.members.map((m) => m.displayName).sort()).toEqual(['王海燕', '赵立新']);
  });

  it('takes the minimum asked for, lists only the places lacking members, narrows to a place', async () => {
    const one = json<Coverage>(await coverage(s.cppcc.agent, 'min=1'));
    expect(one.totals).toEqual({ places: 3, covered: 2, lacking: 1 });
    const lacking = json<Coverage>(await coverage(s.cppcc.agent, 'lacking=true'));
    expect(lacking.total).toBe(2);
    expect(lacking.items.map((r) => r.place.id)).toEqual([villageC.id, s.tree.villageB.id]);
    expect(lacking.totals).toEqual({ places: 3, covered: 1, lacking: 2 });
    const three = json<Coverage>(await coverage(s.cppcc.agent, 'min=3&lacking=true'));
    expect(three.total).toBe(3);
    const inA = json<Coverage>(await coverage(s.cppcc.agent, `placeId=${s.tree.townA.id}`));
    expect(inA.items.map((r) => r.place.id)).toEqual([villageC.id, s.tree.villageA.id]);
    const paged = json<Coverage>(await coverage(s.cppcc.agent, 'pageSize=1&page=2'));
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(paged.items.map((r) => r.place.id)).toEqual([s.tree.villageB.id]);
  });

  it('shows a liaison its township and a leader the district', async () => {
    const liaison = json<Coverage>(await coverage(s.liaison.agent));
    expect(liaison.items.map((r) => r.place.id).sort()).toEqual([villageC.id, s.tree.villageA.id].sort());
    expect(json<Coverage>(await coverage(s.leader.agent)).totals.places).toBe(3);
    expect(json<Coverage>(await coverage(s.cppccB.agent)).items.map((r) => r.place.id)).not.toContain(villageC.id);
  });

  it('answers 401, 403 to members, departments and administrators, 404 for a place outside the reach, 400 by field', async () => {
    expect((await coverage(anonymous)).statusCode).toBe(401);
    for (const who of [s.member, s.department, s.admin]) expect((await coverage(who.agent)).statusCode).toBe(403);
    expect((await coverage(s.liaison.agent, `placeId=${s.tree.townB.id}`)).statusCode).toBe(404);
    expect((await coverage(s.cppcc.agent, `placeId=${s.other.townA.id}`)).statusCode).toBe(404);
    for (const q of ['min=0', 'min=11', 'min=x', 'lacking=yes', 'placeId=x', 'page=0']) {
      const res = await coverage(s.cppcc.agent, q);
      expect(res.statusCode, q).toBe(400);
      expect(fieldsOf(res.body), q).toEqual([q.split('=')[0]]);
    }
  });
});
