import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { PlaceListResponse, PlaceResponse } from '../../../shared/api/places';
import { places } from '../../platform/db/schema';
import { buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { type Agent, json, startTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let admin: Agent;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  admin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
});

const ROUNDS = 8;
const rowOf = async (id: string) => (await t.db.select().from(places).where(eq(places.id, id)))[0];
const createGrid = (parentId: string, name: string) => admin.post('/api/places', { parentId, kind: 'grid', name });

describe('two admins creating the same place at the same moment', () => {
  it('creates one and answers the other 409, never 500', async () => {
    const body = { parentId: tree.townA.id, kind: 'village', name: '同时新建村' };
    const results = await Promise.all(Array.from({ length: 6 }, () => admin.post('/api/places', body)));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c !== 201).every((c) => c === 409)).toBe(true);
    const kids = json<Wire<typeof PlaceListResponse>>(await admin.get(`/api/places?parentId=${tree.townA.id}`));
    expect(kids.items.filter((p) => p.name === '同时新建村')).toHaveLength(1);
  });
});

describe('changing the tree while a child is created beneath', () => {
  it('moving a place while a child is created under it leaves the child under the moved place', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const village = await buildPlace(t.db, { parent: tree.townA, kind: 'village' });
      const [moved, created] = await Promise.all([
        admin.post(`/api/places/${village.id}/move`, { parentId: tree.townB.id }),
        createGrid(village.id, `网格${round}`),
      ]);
      expect(moved.statusCode).toBe(200);
      expect(created.statusCode).toBe(201);
      const parent = await rowOf(village.id);
      const child = await rowOf(json<Wire<typeof PlaceResponse>>(created).id);
      expect(parent?.path.startsWith(tree.townB.path)).toBe(true);
      expect(child?.path).toBe(`${parent?.path}${child?.id}/`);
      expect(child?.depth).toBe((parent?.depth ?? 0) + 1);
    }
  });

  it('archiving a place while a child is created under it never leaves a live child under an archived place', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const village = await buildPlace(t.db, { parent: tree.townA, kind: 'village' });
      const [archived, created] = await Promise.all([
        admin.post(`/api/places/${village.id}/archive`),
        createGrid(village.id, `网格${round}`),
      ]);
      // whichever came first wins; the other is refused
      expect([archived.statusCode, created.statusCode].sort()).toEqual(
        archived.statusCode === 200 ? [200, 409] : [201, 409],
      );
      const parent = await rowOf(village.id);
      const kids = await t.db.select().from(places).where(eq(places.parentId, village.id));
      if (parent?.archivedAt) expect(kids.filter((k) => k.archivedAt === null)).toEqual([]);
    }
  });
});
