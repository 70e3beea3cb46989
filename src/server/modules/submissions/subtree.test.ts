// district_id and township_id of a submission (migration 0015: kept by the database's triggers)
// follow its place through intake, sorting, a change of place by any write, and a moved subtree.
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { SubmissionListResponse } from '../../../shared/api/submissions';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { inSubtreeOfPlace } from '../../platform/db/place-path';
import { places, submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let townLiaison: Agent;
let admin: Agent;
let districtLeader: Agent;
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
  districtLeader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).agent;
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

/** The tracking codes beneath a place by its path: what the inbox's place filter always meant. */
async function codesByPath(placeId: string) {
  const rows = await t.db
    .select({ code: submissions.trackingCode })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .where(inSubtreeOfPlace(places.path, placeId));
  return rows.map((r) => r.code).sort();
}

async function inboxCodes(by: Agent, query: string) {
  const res = await by.get(`/api/submissions?pageSize=100&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = json<Wire<typeof SubmissionListResponse>>(res);
  return { codes: body.items.map((i) => i.trackingCode).sort(), total: body.total };
}

async function exportCodes(by: Agent, query: string) {
  const res = await by.get(`/api/submissions/export.xlsx?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const codes: string[] = [];
  (wb.worksheets[0] as ExcelJS.Worksheet).eachRow((row, n) => {
    if (n > 1) codes.push(row.getCell(1).value as string);
  });
  return codes.sort();
}

// after the moves above: townB (and what was raised in it) now lies in another district
describe('a district or township filtered by its own column', () => {
  it('lists, counts and exports what the path filter gives, a submission at the township itself included', async () => {
    const atTownship = await raise(tree.villageA);
    const sorted = await townLiaison.post(`/api/submissions/${atTownship}/actions`, { action: 'to_township' });
    expect(sorted.statusCode, sorted.body).toBe(200);
    expect(await subtreeOf(atTownship)).toMatchObject({ placeId: tree.townA.id, townshipId: tree.townA.id });
    await raise(tree.gridA);
    await raise(tree.villageB);
    await raise(tree.district);

    const [atTownshipCode] = await t.db
      .select({ code: submissions.trackingCode })
      .from(submissions)
      .where(eq(submissions.id, atTownship));
    for (const place of [tree.townA, tree.district, tree.villageA, tree.gridA]) {
      const expected = await codesByPath(place.id);
      expect(expected.length, place.kind).toBeGreaterThan(0);
      const listed = await inboxCodes(districtLeader, `placeId=${place.id}`);
      expect(listed.codes, place.kind).toEqual(expected);
      expect(listed.total, place.kind).toBe(expected.length);
      expect(await exportCodes(districtLeader, `placeId=${place.id}`), place.kind).toEqual(expected);
    }
    expect(await codesByPath(tree.townA.id)).toContain(atTownshipCode?.code);
    // townB moved out of the district: the district's own leader no longer sees it, by any filter
    expect(await inboxCodes(districtLeader, `placeId=${tree.townB.id}`)).toEqual({ codes: [], total: 0 });
    // the leader's whole inbox (visibility by district_id) is the district's subtree by path
    const all = await inboxCodes(districtLeader, '');
    expect(all.codes).toEqual(await codesByPath(tree.district.id));
    expect(await exportCodes(districtLeader, '')).toEqual(all.codes);
  });
});
