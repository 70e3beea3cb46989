import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { CategoryCreated, CategoryList, DeadlineDays, DepartmentList } from '../../../shared/api/submissions';
import type {
  PublicPlaceResponse,
  PublicSubmissionResponse,
  SubmissionCreatedResponse,
} from '../../../shared/api/submissions-public';
import { buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type ErrorBody = Wire<typeof ErrorBodySchema>;
type Deadlines = Wire<typeof DeadlineDays>;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let admin: Agent; // admin of the district
let liaison: Agent; // liaison of village A
let liaisonB: Agent; // liaison of village B
const anonymous = () => new Agent(t.app, {}, '127.8.0.1');

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  admin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageA })).agent;
  liaisonB = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageB })).agent;
});

describe('categories', () => {
  let atDistrict: { id: string; name: string };

  beforeAll(async () => {
    const res = await admin.post('/api/categories', { placeId: tree.district.id, name: '环境卫生', sortOrder: 2 });
    expect(res.statusCode).toBe(201);
    atDistrict = json<Wire<typeof CategoryCreated>>(res);
    const village = await admin.post('/api/categories', { placeId: tree.villageA.id, name: '邻里纠纷', sortOrder: 1 });
    expect(village.statusCode).toBe(201);
  });

  it('offers a village the categories made there and above, in order, not those of other places', async () => {
    const res = await liaison.get(`/api/categories?placeId=${tree.villageA.id}`);
    expect(res.statusCode).toBe(200);
    expect(json<Wire<typeof CategoryList>>(res).items.map((c) => c.name)).toEqual(['邻里纠纷', '环境卫生']);
    const inB = json<Wire<typeof CategoryList>>(await liaisonB.get(`/api/categories?placeId=${tree.villageB.id}`));
    expect(inB.items.map((c) => c.name)).toEqual(['环境卫生']);
  });

  it('shows a district category on a village’s public page, and files submissions under it', async () => {
    const page = json<Wire<typeof PublicPlaceResponse>>(
      await anonymous().get(`/api/public/places/${tree.villageB.code}`),
    );
    expect(page.categories).toEqual([atDistrict]);
    const res = await anonymous().post(`/api/public/places/${tree.villageB.code}/submissions`, {
      content: '垃圾分类点没人管理',
      categoryId: atDistrict.id,
    });
    expect(res.statusCode).toBe(201);
    const code = json<Wire<typeof SubmissionCreatedResponse>>(res).trackingCode;
    const tracking = json<Wire<typeof PublicSubmissionResponse>>(
      await anonymous().get(`/api/public/submissions/${code}`),
    );
    expect(tracking.category).toBe('环境卫生');
  });

  it('answers 409 for a name the place already has', async () => {
    const res = await admin.post('/api/categories', { placeId: tree.district.id, name: '环境卫生' });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('conflict');
    // the same name at another place is another category
    expect((await admin.post('/api/categories', { placeId: tree.townB.id, name: '环境卫生' })).statusCode).toBe(201);
  });

  it('answers 403 to a liaison', async () => {
    const res = await liaison.post('/api/categories', { placeId: tree.villageA.id, name: '治安' });
    expect(res.statusCode).toBe(403);
  });

  it('answers 404 for a place in another region', async () => {
    const adminB = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.townB })).agent;
    expect((await adminB.post('/api/categories', { placeId: tree.villageA.id, name: '治安' })).statusCode).toBe(404);
    expect((await liaisonB.get(`/api/categories?placeId=${tree.villageA.id}`)).statusCode).toBe(404);
  });

  it.each([
    ['a blank name', { placeId: NO_SUCH_ID, name: ' ' }, 'name'],
    ['no place', { name: '治安' }, 'placeId'],
    ['a negative sort order', { placeId: NO_SUCH_ID, name: '治安', sortOrder: -1 }, 'sortOrder'],
  ])('answers 400 for %s', async (_, body, path) => {
    const res = await admin.post('/api/categories', body);
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).fields?.map((f) => f.path)).toContain(path);
  });

  it('answers 400 for a list without a place', async () => {
    expect((await liaison.get('/api/categories')).statusCode).toBe(400);
  });
});

describe('departments', () => {
  it('answers 401 without a session and 404 for a place in another region', async () => {
    expect((await anonymous().get(`/api/departments?placeId=${tree.villageA.id}`)).statusCode).toBe(401);
    expect((await liaisonB.get(`/api/departments?placeId=${tree.villageA.id}`)).statusCode).toBe(404);
  });

  it('lists a department of the township for its villages only', async () => {
    const dept = await buildAccount(t.app, t.db, { role: 'department', place: tree.townA });
    const inA = json<Wire<typeof DepartmentList>>(await liaison.get(`/api/departments?placeId=${tree.villageA.id}`));
    expect(inA.items.map((d) => d.id)).toEqual([dept.id]);
    const inB = json<Wire<typeof DepartmentList>>(await liaisonB.get(`/api/departments?placeId=${tree.villageB.id}`));
    expect(inB.items).toEqual([]);
  });
});

describe('QR code and poster', () => {
  it('gives the QR code as a PNG to download', async () => {
    const res = await liaison.get(`/api/places/${tree.villageA.id}/qr.png`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toContain(tree.villageA.code);
    expect(res.rawPayload.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  it('gives a printable poster with the place name, the QR code, the link and the public board', async () => {
    const res = await liaison.get(`/api/places/${tree.gridA.id}/poster`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain(tree.gridA.name);
    expect(res.body).toContain('<svg');
    expect(res.body).toContain(`/s/${tree.gridA.code}`);
    expect(res.body).toContain(`/p/${tree.gridA.code}`);
    expect(res.body).toContain('公开栏');
  });

  it('escapes the place name in the poster', async () => {
    const odd = await buildPlace(t.db, { parent: tree.villageA, kind: 'grid', name: '<b>一组</b>' });
    const res = await liaison.get(`/api/places/${odd.id}/poster`);
    expect(res.body).toContain('&lt;b&gt;一组&lt;/b&gt;');
    expect(res.body).not.toContain('<b>一组');
  });

  it.each(['qr.png', 'poster'])('%s answers 401 without a session, 404 elsewhere', async (what) => {
    expect((await anonymous().get(`/api/places/${tree.villageA.id}/${what}`)).statusCode).toBe(401);
    expect((await liaisonB.get(`/api/places/${tree.villageA.id}/${what}`)).statusCode).toBe(404);
    expect((await liaison.get(`/api/places/${NO_SUCH_ID}/${what}`)).statusCode).toBe(404);
    expect((await liaison.get(`/api/places/nope/${what}`)).statusCode).toBe(400);
  });
});

describe('deadlines', () => {
  const put = (by: Agent, body: unknown) => by.request('PUT', '/api/settings/deadlines', body);

  it('shows the days each level has', async () => {
    const res = await liaison.get('/api/settings/deadlines');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(json<Deadlines>(res)).sort()).toEqual([
      'community',
      'department',
      'grid',
      'received',
      'township',
    ]);
    expect((await anonymous().get('/api/settings/deadlines')).statusCode).toBe(401);
  });

  // the setting is shared by every test file on PostgreSQL: write back what is there
  it('lets a top-level admin set them, audited; others get 403, bad input 400', async () => {
    const current = json<Deadlines>(await admin.get('/api/settings/deadlines'));
    const res = await put(admin, current);
    expect(res.statusCode).toBe(200);
    expect(json<Deadlines>(res)).toEqual(current);
    const audit = json<Wire<typeof AuditListResponse>>(await admin.get('/api/audit?action=settings.deadlines'));
    expect(audit.total).toBeGreaterThanOrEqual(1);
    const townAdmin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.townA })).agent;
    expect((await put(townAdmin, current)).statusCode).toBe(403);
    expect((await put(liaison, current)).statusCode).toBe(403);
    const bad = await put(admin, { ...current, community: 0 });
    expect(bad.statusCode).toBe(400);
    expect(json<ErrorBody>(bad).fields?.map((f) => f.path)).toEqual(['community']);
  });
});
