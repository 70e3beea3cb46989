// district_id and township_id of a submission (migration 0015: kept by the database's triggers)
// follow its place through intake, sorting, a change of place by any write, and a moved subtree.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let townLiaison: Agent;
let admin: Agent;
let ip = 0;

async function raise(place: BuiltPlace) {
  const resident = new Agent(t.app, {}, `127.9.0.${++ip}`);
  const res = await resident.post(`/api/public/places/${place.code}/submissions`, { content: '楼道的灯坏了好几天' });
  expect(res.statusCode, res.body).toBe(201);
  const code = json<Wire<typeof SubmissionCreatedResponse>>(res).trackingCode;
  const [row] = await t.db.select({ id: submissions.id }).from(submissions).where(eq(submissions.trackingCode, code));
  return row?.id as string;
}

async function subtreeOf(id: string) {
  const [row] = await t.db
    .select({ placeId: submissions.placeId, districtId: submissions.districtId, townshipId: submissions.townshipId })
    .from(submissions)
    .where(eq(submissions.id, id));
  return row;
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  townLiaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  admin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
});

describe('district and township of a submission', () => {
  it('are set at intake from the place, for a village and a grid', async () => {
    const fromVillage = await raise(tree.villageA);
    const fromGrid = await raise(tree.gridA);
    for (const id of [fromVillage, fromGrid])
      expect(await subtreeOf(id)).toMatchObject({ districtId: tree.district.id, townshipId: tree.townA.id });
  });

  it('follow sorting to the township and a change of place by any write', async () => {
    const id = await raise(tree.gridA);
    const res = await townLiaison.post(`/api/submissions/${id}/actions`, { action: 'to_township' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await subtreeOf(id)).toMatchObject({
      placeId: tree.townA.id,
      districtId: tree.district.id,
      townshipId: tree.townA.id,
    });
    await t.db.update(submissions).set({ placeId: tree.villageB.id }).where(eq(submissions.id, id));
    expect(await subtreeOf(id)).toMatchObject({ districtId: tree.district.id, townshipId: tree.townB.id });
    await t.db.update(submissions).set({ placeId: tree.district.id }).where(eq(submissions.id, id));
    expect(await subtreeOf(id)).toMatchObject({ districtId: tree.district.id, townshipId: null });
  });

  it('follow a village moved to another township, and a township moved to another district', async () => {
    const village = await buildPlace(t.db, { parent: tree.townA, kind: 'village' });
    const id = await raise(village);
    expect(await subtreeOf(id)).toMatchObject({ townshipId: tree.townA.id });
    const moved = await admin.post(`/api/places/${village.id}/move`, { parentId: tree.townB.id });
    expect(moved.statusCode, moved.body).toBeLessThan(300);
    expect(await subtreeOf(id)).toMatchObject({ districtId: tree.district.id, townshipId: tree.townB.id });

    // a whole township under another district: every path beneath it rewritten at once, as the
    // places module's move does (an admin of both districts is not needed to show the trigger)
    const otherDistrict = await buildPlace(t.db, { kind: 'district' });
    const newPath = `${otherDistrict.path}${tree.townB.id}/`;
    await t.db.execute(sql`update places set path = ${newPath} || substr(path, ${tree.townB.path.length + 1}),
      parent_id = case when id = ${tree.townB.id} then ${otherDistrict.id}::uuid else parent_id end
      where path like ${`${tree.townB.path}%`}`);
    expect(await subtreeOf(id)).toMatchObject({ districtId: otherDistrict.id, townshipId: tree.townB.id });
  });
});
