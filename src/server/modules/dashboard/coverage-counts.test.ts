// The coverage counts kept by migration 0017's triggers (what the dashboard reads for a province, a
// district or a township) against the lists they stand for, counted live: after seeding places,
// flags and members, and after each change — a subtree moved within a district and to another, a
// member disabled, an assignment and a member role taken away, a place archived.
import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, coverageCounts, grants, memberPlaces, places } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { type Agent, json, startTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let other: Awaited<ReturnType<typeof buildTree>>;
let office: Agent; // reads the places lists and the roster of both districts
let admin: Agent; // moves and archives places in both
const members: Record<string, string> = {};

const HAS = ['all', 'council', 'room', 'four_haves', 'workstation', 'demonstration', 'members'] as const;
const COLUMN = {
  all: 'places',
  council: 'councils',
  room: 'rooms',
  four_haves: 'fourHaves',
  workstation: 'workstations',
  demonstration: 'demonstrations',
  members: 'placesWithMembers',
} as const;

/** Every live place of both trees at depth ≤ 2 has its row, and each count is its list's total. */
async function expectKeptEqualsLists() {
  const roots = [tree.district.path, other.district.path];
  const all = await t.db.select({ id: places.id, path: places.path, depth: places.depth }).from(places);
  const ours = all.filter((p) => roots.some((r) => p.path.startsWith(r)) && p.depth <= 2);
  const rows = await t.db
    .select()
    .from(coverageCounts)
    .where(
      inArray(
        coverageCounts.placeId,
        ours.map((p) => p.id),
      ),
    );
  expect(rows.length).toBe(ours.length);
  for (const row of rows) {
    for (const has of HAS) {
      const list = await office.get(`/api/places?within=${row.placeId}&has=${has}`);
      expect(list.statusCode).toBe(200);
      expect(row[COLUMN[has]], `${has} at ${row.placeId}`).toBe(json<{ total: number }>(list).total);
    }
    const roster = await office.get(`/api/members?placeId=${row.placeId}&status=active&page=1&pageSize=100`);
    expect(roster.statusCode).toBe(200);
    expect(row.members, `members at ${row.placeId}`).toBe(json<{ total: number }>(roster).total);
  }
  return rows;
}

const rowOf = async (place: BuiltPlace) =>
  (await t.db.select().from(coverageCounts).where(eq(coverageCounts.placeId, place.id)))[0];

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  other = await buildTree(t.db);
  const cppcc = await buildAccount(t.app, t.db, { role: 'cppcc', place: tree.district });
  await t.db.insert(grants).values({ accountId: cppcc.id, placeId: other.district.id, role: 'cppcc' });
  office = cppcc.agent;
  const a = await buildAccount(t.app, t.db, { role: 'admin', place: tree.district });
  await t.db.insert(grants).values({ accountId: a.id, placeId: other.district.id, role: 'admin' });
  admin = a.agent;
  // a second village under the first township, with a room meeting 四有 and a council
  const villageC = await buildPlace(t.db, { parent: tree.townA, kind: 'village' });
  await t.db
    .update(places)
    .set({
      hasRoom: true,
      roomHasSign: true,
      roomHasVenue: true,
      roomHasDuties: true,
      roomHasMechanism: true,
      hasCouncil: true,
    })
    .where(inArray(places.id, [villageC.id, tree.villageA.id]));
  await t.db
    .update(places)
    .set({ hasWorkstation: true, isDemonstration: true })
    .where(inArray(places.id, [tree.townB.id, tree.gridA.id]));
  // members: homed in a grid; homed in the other district and serving at a community here; homed here
  for (const [key, place] of [
    ['grid', tree.gridA],
    ['away', other.villageA],
    ['town', tree.townB],
  ] as const)
    members[key] = (await buildAccount(t.app, t.db, { role: 'member', place })).id;
  await t.db.insert(memberPlaces).values([
    { accountId: members.grid as string, placeId: tree.gridA.id, kind: 'assigned' },
    { accountId: members.away as string, placeId: tree.villageB.id, kind: 'assigned' },
    { accountId: members.town as string, placeId: villageC.id, kind: 'workstation' },
  ]);
});

describe('coverage counts (migration 0017)', () => {
  it('hold, for each place of the top three levels, what the lists count', async () => {
    await expectKeptEqualsLists();
    expect(await rowOf(tree.district)).toMatchObject({
      places: 3,
      councils: 2,
      fourHaves: 2,
      workstations: 2,
      demonstrations: 2,
      placesWithMembers: 3,
      members: 3,
      membersHomed: 2,
    });
  });

  it('follow a subtree moved within its district and into another', async () => {
    const within = await admin.post(`/api/places/${tree.villageA.id}/move`, { parentId: tree.townB.id });
    expect(within.statusCode).toBeLessThan(300);
    await expectKeptEqualsLists();
    expect((await rowOf(tree.townA))?.placesWithMembers).toBe(1);
    expect((await rowOf(tree.townB))?.placesWithMembers).toBe(2);
    const away = await admin.post(`/api/places/${tree.villageA.id}/move`, { parentId: other.townA.id });
    expect(away.statusCode).toBeLessThan(300);
    await expectKeptEqualsLists();
    expect((await rowOf(other.district))?.places).toBe(3);
    expect((await rowOf(other.district))?.members).toBe(2); // homed at the grid now beneath it
  });

  it('follow a member disabled, an assignment ended, a member role taken away', async () => {
    await t.db
      .update(accounts)
      .set({ isDisabled: true })
      .where(eq(accounts.id, members.away as string));
    await expectKeptEqualsLists();
    expect((await rowOf(tree.townB))?.placesWithMembers).toBe(0);
    await t.db
      .update(accounts)
      .set({ isDisabled: false })
      .where(eq(accounts.id, members.away as string));
    await t.db.delete(memberPlaces).where(eq(memberPlaces.accountId, members.town as string));
    await t.db.delete(grants).where(and(eq(grants.accountId, members.grid as string), eq(grants.role, 'member')));
    const rows = await expectKeptEqualsLists();
    expect(rows.length).toBeGreaterThan(0);
    expect((await rowOf(tree.district))?.members).toBe(2); // the one homed in the township, the one serving
  });

  it('follow a place archived', async () => {
    const archived = await admin.post(`/api/places/${tree.villageB.id}/archive`, {});
    expect(archived.statusCode).toBeLessThan(300);
    await expectKeptEqualsLists();
    expect((await rowOf(tree.townB))?.places).toBe(0);
  });
});
