import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { PlaceResponse } from '../../../shared/api/places';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type Page = Wire<typeof AuditListResponse>;
type ErrorBody = Wire<typeof ErrorBodySchema>;
type Admin = Awaited<ReturnType<typeof buildAccount>>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let districtAdmin: Agent;
let adminA: Admin; // admin of township A
let adminB: Admin; // admin of township B
let placeA: string[]; // villages adminA created, oldest first
let placeB: string;

const createVillage = async (by: Agent, parent: BuiltPlace, name: string) => {
  const res = await by.post('/api/places', { parentId: parent.id, kind: 'village', name });
  expect(res.statusCode).toBe(201);
  return json<Wire<typeof PlaceResponse>>(res).id;
};
const list = async (by: Agent, query: string) => json<Page>(await by.get(`/api/audit?${query}`));
const ids = (page: Page) => page.items.map((e) => e.entityId);

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  districtAdmin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
  adminA = await buildAccount(t.app, t.db, { role: 'admin', place: tree.townA });
  adminB = await buildAccount(t.app, t.db, { role: 'admin', place: tree.townB });
  placeA = [];
  for (const name of ['东村', '西村', '南村']) placeA.push(await createVillage(adminA.agent, tree.townA, name));
  placeB = await createVillage(adminB.agent, tree.townB, '北村');
});

describe('who may read', () => {
  it('answers 401 without a session', async () => {
    const res = await new Agent(t.app).get('/api/audit');
    expect(res.statusCode).toBe(401);
    expect(json<ErrorBody>(res).code).toBe('unauthenticated');
  });

  it('answers 403 to a liaison', async () => {
    const liaison = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageA });
    const res = await liaison.agent.get('/api/audit');
    expect(res.statusCode).toBe(403);
    expect(json<ErrorBody>(res).code).toBe('forbidden');
  });

  it('shows each township admin only the events of their own region', async () => {
    const seenByA = ids(await list(adminA.agent, 'action=place.create&pageSize=100'));
    expect(seenByA).toEqual(expect.arrayContaining(placeA));
    expect(seenByA).not.toContain(placeB);
    const seenByB = ids(await list(adminB.agent, 'action=place.create&pageSize=100'));
    expect(seenByB).toContain(placeB);
    expect(seenByB).not.toContain(placeA[0]);
    expect((await list(adminA.agent, `entityId=${placeB}`)).total).toBe(0);
  });

  it('shows the district admin both', async () => {
    const seen = ids(await list(districtAdmin, 'action=place.create&pageSize=100'));
    expect(seen).toEqual(expect.arrayContaining([...placeA, placeB]));
  });
});

describe('filters', () => {
  it('by action prefix', async () => {
    const places = await list(districtAdmin, 'action=place.&pageSize=100');
    expect(places.items.length).toBeGreaterThanOrEqual(4);
    expect(places.items.every((e) => e.action.startsWith('place.'))).toBe(true);
    const signIns = await list(districtAdmin, 'action=auth.&pageSize=100');
    expect(signIns.items.map((e) => e.action)).toContain('auth.sign_in');
    expect(signIns.items.every((e) => e.action.startsWith('auth.'))).toBe(true);
  });

  it('by entity type and id, with the record as it was written', async () => {
    const page = await list(districtAdmin, `entityType=place&entityId=${placeB}`);
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ action: 'place.create', entityType: 'place', after: { name: '北村' } });
    expect((await list(districtAdmin, `entityType=account&entityId=${placeB}`)).total).toBe(0);
  });

  it('by the actor’s name or username', async () => {
    const page = await list(districtAdmin, `actor=${adminB.username.toUpperCase()}&pageSize=100`);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((e) => e.actorName?.includes(adminB.username))).toBe(true);
    expect(ids(page)).toContain(placeB);
    expect(ids(page)).not.toContain(placeA[0]);
  });

  it('by time: from is inclusive, to is exclusive', async () => {
    const [event] = (await list(districtAdmin, `entityId=${placeB}`)).items;
    const at = encodeURIComponent(event?.at ?? '');
    expect(ids(await list(districtAdmin, `entityId=${placeB}&from=${at}`))).toEqual([placeB]);
    expect((await list(districtAdmin, `entityId=${placeB}&to=${at}`)).total).toBe(0);
    const later = encodeURIComponent(new Date(Date.parse(event?.at ?? '') + 3600_000).toISOString());
    expect((await list(districtAdmin, `entityId=${placeB}&from=${later}`)).total).toBe(0);
    expect((await list(districtAdmin, `entityId=${placeB}&to=${later}`)).total).toBe(1);
  });

  it('pages newest first, with the total', async () => {
    const query = `action=place.create&actor=${adminA.username}&pageSize=2`;
    const first = await list(districtAdmin, query);
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(ids(first)).toEqual([placeA[2], placeA[1]]);
    const second = await list(districtAdmin, `${query}&page=2`);
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(ids(second)).toEqual([placeA[0]]);
  });

  it('says which dates it takes', async () => {
    const res = await districtAdmin.get('/api/audit?from=9999-01-01');
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).fields).toEqual([{ path: 'from', message: '日期须在 2000-01-01 至 2100-12-31 之间' }]);
    expect((await districtAdmin.get('/api/audit?from=2000-01-01&to=2100-12-31')).statusCode).toBe(200);
  });

  it('leaves sign-ins out unless asked for, by the switch or the auth kind', async () => {
    const mine = `actorId=${adminB.id}&pageSize=100`;
    const plain = await list(districtAdmin, mine);
    expect(plain.items.map((e) => e.action)).toEqual(['place.create']);
    const withSignIns = await list(districtAdmin, `${mine}&signIns=true`);
    expect(withSignIns.items.map((e) => e.action).sort()).toEqual(['auth.sign_in', 'place.create']);
    const signIns = await list(districtAdmin, `${mine}&kind=auth`);
    expect(signIns.items.map((e) => e.action)).toEqual(['auth.sign_in']);
  });

  it('by kind and by the person who acted', async () => {
    const places = await list(districtAdmin, `kind=place&actorId=${adminA.id}&pageSize=100`);
    expect(ids(places).sort()).toEqual([...placeA].sort());
    expect(places.items.every((e) => e.action.startsWith('place.') && e.actorId === adminA.id)).toBe(true);
    expect((await list(districtAdmin, `kind=outcome&actorId=${adminA.id}`)).total).toBe(0);
  });

  it('names the wrong field of a bad query', async () => {
    for (const [query, field] of [
      ['kind=nonsense', 'kind'],
      ['actorId=not-an-id', 'actorId'],
      ['signIns=maybe', 'signIns'],
      ['pageSize=0', 'pageSize'],
      ['pageSize=101', 'pageSize'],
      ['from=not-a-date', 'from'],
      ['from=1999-12-31', 'from'],
      ['to=2101-01-01', 'to'],
      ['to=275760-09-13', 'to'],
      ['from=-000001-01-01', 'from'],
      ['page=-1', 'page'],
    ]) {
      const res = await districtAdmin.get(`/api/audit?${query}`);
      expect(res.statusCode).toBe(400);
      expect(json<ErrorBody>(res).fields?.map((f) => f.path)).toEqual([field]);
    }
  });
});
