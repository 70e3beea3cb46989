import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { CategoryCreated, SubmissionListResponse } from '../../../shared/api/submissions';
import type {
  PublicPlaceResponse,
  PublicSubmissionResponse,
  SubmissionCreatedResponse,
} from '../../../shared/api/submissions-public';
import { places, submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type PublicPlace = Wire<typeof PublicPlaceResponse>;
type Created = Wire<typeof SubmissionCreatedResponse>;
type Tracking = Wire<typeof PublicSubmissionResponse>;
type ErrorBody = Wire<typeof ErrorBodySchema>;
type Inbox = Wire<typeof SubmissionListResponse>;

const PHONE = '13912348765';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Agent; // liaison of township A
let ipSeq = 0;
/** A resident on a phone of their own: a fresh address, so the per-ip limits stay out of the way. */
const resident = () => new Agent(t.app, {}, `127.1.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`);
const submit = (place: BuiltPlace, body: Record<string, unknown>, headers?: Record<string, string>) =>
  resident().post(`/api/public/places/${place.code}/submissions`, body, headers);
const fieldsOf = (res: Awaited<ReturnType<typeof submit>>) => (json<ErrorBody>(res).fields ?? []).map((f) => f.path);

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
});

describe('GET /api/public/places/:code', () => {
  it('shows a village with its path from the district and the grids beneath it', async () => {
    const res = await resident().get(`/api/public/places/${tree.villageA.code}`);
    expect(res.statusCode).toBe(200);
    const page = json<PublicPlace>(res);
    expect(page.name).toBe(tree.villageA.name);
    expect(page.kind).toBe('village');
    expect(page.path).toEqual([tree.district.name, tree.townA.name, tree.villageA.name]);
    expect(page.subPlaces).toEqual([{ id: tree.gridA.id, name: tree.gridA.name, kind: 'grid' }]);
  });

  it('answers 404 for an unknown code', async () => {
    const res = await resident().get('/api/public/places/no-such-code');
    expect(res.statusCode).toBe(404);
    expect(json<ErrorBody>(res).code).toBe('not_found');
  });

  it('answers 404 for an archived place, and takes no submissions there', async () => {
    const gone = await buildPlace(t.db, { parent: tree.townA, kind: 'village' });
    await t.db.update(places).set({ archivedAt: new Date() }).where(eq(places.id, gone.id));
    expect((await resident().get(`/api/public/places/${gone.code}`)).statusCode).toBe(404);
    expect((await submit(gone, { content: '门口的路灯坏了好几天' })).statusCode).toBe(404);
  });
});

describe('POST /api/public/places/:code/submissions', () => {
  it('answers 201 with a 12-character tracking code and a link to follow it', async () => {
    const res = await submit(tree.villageA, { content: '村口的垃圾桶满了没人清理', phone: PHONE, consent: true });
    expect(res.statusCode).toBe(201);
    const created = json<Created>(res);
    expect(created.trackingCode).toMatch(/^[A-Z2-9]{12}$/);
    expect(created.trackingUrl.endsWith(`/t/${created.trackingCode}`)).toBe(true);
    expect(created.status).toBe('received');
    expect(res.body).not.toContain(PHONE);
  });

  it('files a submission at a grid beneath the scanned village', async () => {
    const res = await submit(tree.villageA, { content: '网格里的井盖松动了', placeId: tree.gridA.id });
    expect(res.statusCode).toBe(201);
    const code = json<Created>(res).trackingCode;
    const inbox = json<Inbox>(await liaison.get(`/api/submissions?placeId=${tree.gridA.id}&pageSize=100`));
    expect(inbox.items.find((i) => i.trackingCode === code)?.place.id).toBe(tree.gridA.id);
  });

  it('makes one record for a retried submit with the same Idempotency-Key', async () => {
    const village = await buildPlace(t.db, { parent: tree.townA, kind: 'village' });
    const headers = { 'idempotency-key': 'retry-key-0001' };
    const body = { content: '小区的健身器材坏了，有安全隐患' };
    const first = await submit(village, body, headers);
    const second = await submit(village, body, headers);
    expect(first.statusCode).toBe(201);
    expect([200, 201]).toContain(second.statusCode);
    expect(json<Created>(second).trackingCode).toBe(json<Created>(first).trackingCode);
    const inbox = json<Inbox>(await liaison.get(`/api/submissions?placeId=${village.id}`));
    expect(inbox.total).toBe(1);
    // another key is another submission
    await submit(village, body, { 'idempotency-key': 'retry-key-0002' });
    expect(json<Inbox>(await liaison.get(`/api/submissions?placeId=${village.id}`)).total).toBe(2);
  });

  it.each([
    ['content too short', { content: '坏了' }, 'content'],
    ['a malformed mobile number', { content: '楼道里堆满了杂物', phone: '123', consent: true }, 'phone'],
    ['a name without consent', { content: '楼道里堆满了杂物', contactName: '张三' }, 'consent'],
    ['a phone without consent', { content: '楼道里堆满了杂物', phone: PHONE }, 'consent'],
    [
      'four photos',
      {
        content: '楼道里堆满了杂物',
        photoIds: [1, 2, 3, 4].map((n) => `00000000-0000-4000-8000-00000000000${n}`),
      },
      'photoIds',
    ],
  ])('answers 400 for %s, naming the field', async (_, body, path) => {
    const res = await submit(tree.villageA, body);
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).code).toBe('invalid_input');
    expect(fieldsOf(res)).toContain(path);
  });

  it('answers 400 on placeId for a place not beneath the scanned one', async () => {
    for (const other of [tree.villageB, tree.townA]) {
      const res = await submit(tree.villageA, { content: '楼道里堆满了杂物', placeId: other.id });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual(['placeId']);
    }
  });

  it('answers 400 on categoryId for a category of another region', async () => {
    const admin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.townB })).agent;
    const cat = json<Wire<typeof CategoryCreated>>(
      await admin.post('/api/categories', { placeId: tree.townB.id, name: '交通' }),
    );
    const res = await submit(tree.villageA, { content: '楼道里堆满了杂物', categoryId: cat.id });
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).field).toBe('categoryId');
  });

  it('answers 404 for an unknown place code', async () => {
    expect((await submit({ ...tree.villageA, code: 'nowhere' }, { content: '楼道里堆满了杂物' })).statusCode).toBe(404);
  });
});

describe('GET /api/public/submissions/:trackingCode', () => {
  let code: string;
  const responses: string[] = [];

  beforeAll(async () => {
    const res = await submit(tree.villageA, {
      content: '樓道裡的燈不亮了',
      contactName: '李四',
      phone: PHONE,
      consent: true,
    });
    responses.push(res.body);
    code = json<Created>(res).trackingCode;
  });

  it('shows the submission and its first step', async () => {
    const res = await resident().get(`/api/public/submissions/${code}`);
    responses.push(res.body);
    expect(res.statusCode).toBe(200);
    const page = json<Tracking>(res);
    expect(page).toMatchObject({ trackingCode: code, status: 'received', placeName: tree.villageA.name });
    expect(page.content).toBe('樓道裡的燈不亮了');
    expect(page.steps.map((s) => s.kind)).toEqual(['submitted']);
  });

  it('accepts the code in lower case', async () => {
    expect((await resident().get(`/api/public/submissions/${code.toLowerCase()}`)).statusCode).toBe(200);
  });

  it('answers 404 for an unknown code', async () => {
    expect((await resident().get('/api/public/submissions/ABCDEFGHJKMN')).statusCode).toBe(404);
  });

  it('finds it from a code copied off paper: full-width, lower case, in groups, 0 for D and l for T', async () => {
    // the stored code given a D and a T, the letters a resident may read as 0 and l
    const stored = `D${code.slice(1, 6)}T${code.slice(7)}`;
    const mine = await submit(tree.villageA, {
      content: '小区门口的井盖松动了',
      contactName: '王五',
      phone: PHONE,
      consent: true,
    });
    const created = json<Created>(mine).trackingCode;
    await t.db.update(submissions).set({ trackingCode: stored }).where(eq(submissions.trackingCode, created));
    const half = `0${stored.slice(1, 4)} ${stored.slice(4, 6)}l${stored.slice(7, 8)} ${stored.slice(8)}`.toLowerCase();
    const typed = [...half].map((c) => (c === ' ' ? '\u3000' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('');
    const res = await resident().get(`/api/public/submissions/${encodeURIComponent(typed)}`);
    expect(res.statusCode).toBe(200);
    expect(json<Tracking>(res)).toMatchObject({ trackingCode: stored, content: '小区门口的井盖松动了' });
  });

  it('names the grid with the places it lies in, in the reader’s script', async () => {
    const town = await buildPlace(t.db, { parent: tree.district, kind: 'subdistrict', name: `东湖街道${PHONE}` });
    const community = await buildPlace(t.db, { parent: town, kind: 'community', name: `桃园社区${PHONE}` });
    const grid = await buildPlace(t.db, { parent: community, kind: 'grid', name: `第一网格${PHONE}` });
    const mine = json<Created>(await submit(grid, { content: '楼下的垃圾桶满了没人清' })).trackingCode;
    const page = json<Tracking>(await resident().get(`/api/public/submissions/${mine}`));
    expect(page.placePath).toEqual([town.name, community.name, grid.name]);
    const tw = await resident().get(`/api/public/submissions/${mine}`, { 'accept-language': 'zh-TW' });
    expect(json<Tracking>(tw).placePath).toEqual([`東湖街道${PHONE}`, `桃園社區${PHONE}`, `第一網格${PHONE}`]);
    expect(json<Tracking>(tw).placeName).toBe(`第一網格${PHONE}`);
    expect(tw.headers.vary).toContain('Accept-Language');
    const place = await resident().get(`/api/public/places/${grid.code}`, { 'accept-language': 'zh-TW' });
    expect(json<PublicPlace>(place).path.slice(-2)).toEqual([`桃園社區${PHONE}`, `第一網格${PHONE}`]);
  });

  it('answers 404 for what cannot be a code, whatever its shape', async () => {
    for (const typed of ['ABC', 'ABCDEFGHJKMNPQ', '桃园社区桃园社区桃园社区', '0O1IABCDEFGH'])
      expect((await resident().get(`/api/public/submissions/${encodeURIComponent(typed)}`)).statusCode).toBe(404);
  });

  it('never shows the phone number or the name, not even masked', async () => {
    responses.push((await resident().get(`/api/public/places/${tree.villageA.code}`)).body);
    for (const body of responses) {
      expect(body).not.toContain(PHONE);
      expect(body).not.toContain('8765');
      expect(body).not.toContain('李四');
    }
  });
});
