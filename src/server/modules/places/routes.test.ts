import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { PlaceListResponse, PlaceResponse } from '../../../shared/api/places';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type Place = Wire<typeof PlaceResponse>;
type List = Wire<typeof PlaceListResponse>;
type ErrorBody = Wire<typeof ErrorBodySchema>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let admin: Agent; // district admin
let townAdmin: Agent; // admin of township A
let liaison: Agent; // liaison of village A

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  admin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
  townAdmin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.townA })).agent;
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageA })).agent;
});

const create = (agent: Agent, parent: BuiltPlace | { id: string }, body: Record<string, unknown>) =>
  agent.post('/api/places', { parentId: parent.id, ...body });

describe('without a session', () => {
  it.each([
    ['GET', '/api/places'],
    ['GET', '/api/places/00000000-0000-4000-8000-000000000000'],
    ['POST', '/api/places'],
    ['PATCH', '/api/places/00000000-0000-4000-8000-000000000000'],
    ['POST', '/api/places/00000000-0000-4000-8000-000000000000/move'],
    ['POST', '/api/places/00000000-0000-4000-8000-000000000000/archive'],
    ['POST', '/api/places/00000000-0000-4000-8000-000000000000/restore'],
    ['POST', '/api/places/import'],
    ['GET', '/api/places/import-template'],
  ] as const)('%s %s answers 401', async (method, url) => {
    const res = await new Agent(t.app).request(method, url, method === 'GET' ? undefined : {});
    expect(res.statusCode).toBe(401);
    expect(json<ErrorBody>(res).code).toBe('unauthenticated');
  });
});

describe('browsing', () => {
  it('starts a liaison at their village and shows its grid', async () => {
    const top = json<List>(await liaison.get('/api/places'));
    expect(top.items.map((p) => p.id)).toEqual([tree.villageA.id]);
    expect(top.items[0]?.childCount).toBe(1);
    const kids = json<List>(await liaison.get(`/api/places?parentId=${tree.villageA.id}`));
    expect(kids.items.map((p) => p.name)).toEqual([tree.gridA.name]);
  });

  it('answers 404 for a place in another region, and for its children', async () => {
    expect((await liaison.get(`/api/places/${tree.townB.id}`)).statusCode).toBe(404);
    expect((await liaison.get(`/api/places/${tree.townA.id}`)).statusCode).toBe(404);
    const kids = await liaison.get(`/api/places?parentId=${tree.townB.id}`);
    expect(kids.statusCode).toBe(404);
    expect(json<ErrorBody>(kids).code).toBe('not_found');
    expect((await liaison.get('/api/places?parentId=00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('finds places by name within reach only, with breadcrumbs', async () => {
    const found = json<List>(await admin.get(`/api/places?q=${encodeURIComponent(tree.gridA.name)}`));
    expect(found.items.map((p) => p.id)).toEqual([tree.gridA.id]);
    expect(found.items[0]?.breadcrumb.map((c) => c.name)).toEqual([
      tree.district.name,
      tree.townA.name,
      tree.villageA.name,
    ]);
    const hidden = json<List>(await liaison.get(`/api/places?q=${encodeURIComponent(tree.villageB.name)}`));
    expect(hidden.items).toEqual([]);
  });

  it('rejects a malformed id with a field message', async () => {
    const res = await admin.get('/api/places/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).fields?.[0]?.path).toBe('id');
  });
});

describe('creating', () => {
  it('adds a village under a township and a grid under it, with room and 四有 checklist', async () => {
    const res = await create(admin, tree.townA, {
      kind: 'village',
      name: '新建村',
      hasCouncil: true,
      room: { address: '村委会二楼', hasSign: true, hasVenue: true, hasDuties: false, hasMechanism: false },
      brand: '有事好商量',
    });
    expect(res.statusCode).toBe(201);
    const village = json<Place>(res);
    expect(village.room).toMatchObject({ address: '村委会二楼', hasSign: true });
    expect(village.code).toMatch(/^[a-z2-9]{6}$/);
    expect(village.breadcrumb.map((c) => c.name)).toEqual([tree.district.name, tree.townA.name]);
    const grid = await create(admin, village, { kind: 'grid', name: '第一网格' });
    expect(grid.statusCode).toBe(201);
  });

  it('lists a village’s grids as people count them: 第一, 第二, 第三 … 第十一', async () => {
    const village = json<Place>(await create(admin, tree.townA, { kind: 'village', name: '数网格村' }));
    for (const name of ['第三网格', '第十一网格', '第一网格', '第二网格', '第十网格']) {
      expect((await create(admin, village, { kind: 'grid', name })).statusCode).toBe(201);
    }
    const list = json<List>(await admin.get(`/api/places?parentId=${village.id}`));
    expect(list.items.map((p) => p.name)).toEqual(['第一网格', '第二网格', '第三网格', '第十网格', '第十一网格']);
  });

  it('refuses a grid directly under a township, saying which kinds clash', async () => {
    const res = await create(admin, tree.townA, { kind: 'grid', name: '错放的网格' });
    expect(res.statusCode).toBe(400);
    const body = json<ErrorBody>(res);
    expect(body.code).toBe('place_kind_not_allowed');
    expect(body.field).toBe('kind');
    expect(body.message).toContain('网格');
  });

  it('refuses a duplicate name among siblings, but allows it elsewhere', async () => {
    const first = await create(townAdmin, tree.villageA, { kind: 'grid', name: '重名网格' });
    expect(first.statusCode).toBe(201);
    const again = await create(townAdmin, tree.villageA, { kind: 'grid', name: '重名网格' });
    expect(again.statusCode).toBe(409);
    expect(json<ErrorBody>(again)).toMatchObject({ code: 'place_name_taken', field: 'name' });
    const elsewhere = await create(admin, tree.villageB, { kind: 'grid', name: '重名网格' });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('refuses a taken code', async () => {
    const res = await create(admin, tree.townA, { kind: 'village', name: '抢码村', code: tree.villageB.code });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('place_code_taken');
  });

  it('lists every wrong field of bad input, in the caller’s language', async () => {
    const res = await admin.request(
      'POST',
      '/api/places',
      { parentId: 'x', kind: 'castle', name: '' },
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(400);
    const body = json<ErrorBody>(res);
    expect(body.message).toBe('Some fields need attention');
    expect(body.fields?.map((f) => f.path).sort()).toEqual(['kind', 'name', 'parentId']);
  });

  it('answers 404 under another region’s place and 403 for a reader', async () => {
    expect((await create(townAdmin, tree.townB, { kind: 'village', name: '越界村' })).statusCode).toBe(404);
    expect((await create(liaison, tree.villageA, { kind: 'grid', name: '联络员网格' })).statusCode).toBe(403);
  });
});

describe('changing', () => {
  it('renames and edits attributes, and keeps the audit trail', async () => {
    const v = json<Place>(await create(admin, tree.townA, { kind: 'village', name: '旧名村' }));
    const res = await townAdmin.patch(`/api/places/${v.id}`, { name: '新名村', isDemonstration: true, room: null });
    expect(res.statusCode).toBe(200);
    expect(json<Place>(res).name).toBe('新名村');
    const audit = json<Wire<typeof AuditListResponse>>(await admin.get(`/api/audit?entityId=${v.id}`));
    expect(audit.items.map((e) => e.action)).toEqual(['place.update', 'place.create']);
    expect(audit.items[0]).toMatchObject({ before: { name: '旧名村' }, after: { name: '新名村' } });
  });

  it('answers 404 for another region and 403 for a reader', async () => {
    expect((await townAdmin.patch(`/api/places/${tree.villageB.id}`, { name: 'x' })).statusCode).toBe(404);
    expect((await liaison.patch(`/api/places/${tree.villageA.id}`, { name: 'x' })).statusCode).toBe(403);
    expect((await admin.patch(`/api/places/${tree.villageA.id}`, { name: '' })).statusCode).toBe(400);
  });

  it('moves a village with its grids to another township', async () => {
    const v = json<Place>(await create(admin, tree.townA, { kind: 'village', name: '搬迁村' }));
    const g = json<Place>(await create(admin, v, { kind: 'grid', name: '搬迁网格' }));
    const res = await admin.post(`/api/places/${v.id}/move`, { parentId: tree.townB.id });
    expect(res.statusCode).toBe(200);
    const grid = json<Place>(await admin.get(`/api/places/${g.id}`));
    expect(grid.breadcrumb.map((c) => c.name)).toEqual([tree.district.name, tree.townB.name, '搬迁村']);
    // the township A admin no longer reaches it
    expect((await townAdmin.get(`/api/places/${g.id}`)).statusCode).toBe(404);
    // but both townships' admins read the move in their audit log, and the district's reads it twice
    const townBAdmin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.townB })).agent;
    const moves = async (agent: Agent) =>
      json<Wire<typeof AuditListResponse>>(await agent.get(`/api/audit?entityId=${v.id}&action=place.move`)).total;
    expect(await moves(townAdmin)).toBe(1);
    expect(await moves(townBAdmin)).toBe(1);
    expect(await moves(admin)).toBe(2);
  });

  it('refuses to move a place under its own descendant or under the wrong kind', async () => {
    const cycle = await admin.post(`/api/places/${tree.townA.id}/move`, { parentId: tree.villageA.id });
    expect(cycle.statusCode).toBe(400);
    expect(json<ErrorBody>(cycle).code).toBe('place_cycle');
    const wrongKind = await admin.post(`/api/places/${tree.gridA.id}/move`, { parentId: tree.townB.id });
    expect(wrongKind.statusCode).toBe(400);
    expect(json<ErrorBody>(wrongKind).code).toBe('place_kind_not_allowed');
  });

  it('does not let an admin move their own top place, nor move into another region', async () => {
    expect((await townAdmin.post(`/api/places/${tree.townA.id}/move`, { parentId: tree.district.id })).statusCode).toBe(
      403,
    );
    expect((await townAdmin.post(`/api/places/${tree.gridA.id}/move`, { parentId: tree.villageB.id })).statusCode).toBe(
      404,
    );
  });

  it('archives only a place with nothing live beneath it, and restores it', async () => {
    const v = json<Place>(await create(admin, tree.townA, { kind: 'village', name: '归档村' }));
    const g = json<Place>(await create(admin, v, { kind: 'grid', name: '归档网格' }));
    expect((await admin.post(`/api/places/${v.id}/archive`)).statusCode).toBe(409);
    expect(json<Place>(await admin.post(`/api/places/${g.id}/archive`)).archivedAt).not.toBeNull();
    expect(json<Place>(await admin.post(`/api/places/${v.id}/archive`)).archivedAt).not.toBeNull();
    const live = json<List>(await admin.get(`/api/places?parentId=${tree.townA.id}`));
    expect(live.items.map((p) => p.name)).not.toContain('归档村');
    const all = json<List>(await admin.get(`/api/places?parentId=${tree.townA.id}&includeArchived=true`));
    expect(all.items.map((p) => p.name)).toContain('归档村');
    // an archived name is free again among live siblings
    expect((await create(admin, tree.townA, { kind: 'village', name: '归档村' })).statusCode).toBe(201);
    // … so restoring the archived one would clash
    const clash = await admin.post(`/api/places/${v.id}/restore`);
    expect(clash.statusCode).toBe(409);
    expect(json<ErrorBody>(clash).code).toBe('place_name_taken');
    expect((await liaison.post(`/api/places/${tree.gridA.id}/archive`)).statusCode).toBe(403);
    expect((await townAdmin.post(`/api/places/${tree.villageB.id}/archive`)).statusCode).toBe(404);
  });
});
