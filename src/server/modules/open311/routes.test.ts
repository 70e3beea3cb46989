import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { Open311Errors, RequestsResponse, ServicesResponse } from '../../../shared/api/open311';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { categories, submissionEvents, submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { OPEN311_READ_LIMIT } from './routes';

type Requests = Wire<typeof RequestsResponse>;
type Services = Wire<typeof ServicesResponse>;
type Errors = Wire<typeof Open311Errors>;

const PHONE = '13912348765';
const NAME = '王秀英';
const DAY = 86_400_000;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let roadId: string; // a category of township A
let lightId: string; // a category of the district, offered everywhere beneath it
let ipSeq = 0;
/** A caller from a fresh address, so the per-address limits stay out of the way. */
const caller = () => new Agent(t.app, {}, `127.3.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`);
const get = (url: string, headers?: Record<string, string>) => caller().get(url, headers);

/** A submission raised by a resident who left a name and phone, changed as given. */
async function raise(place: BuiltPlace, content: string, change: Partial<typeof submissions.$inferInsert> = {}) {
  const body = { content, contactName: NAME, phone: PHONE, consent: true, categoryId: change.categoryId ?? undefined };
  const res = await caller().post(`/api/public/places/${place.code}/submissions`, body);
  expect(res.statusCode).toBe(201);
  const code = json<Wire<typeof SubmissionCreatedResponse>>(res).trackingCode;
  const [row] = await t.db
    .update(submissions)
    .set({ updatedAt: new Date(), ...change })
    .where(eq(submissions.trackingCode, code))
    .returning();
  return { code, id: row?.id ?? '' };
}

let open: { code: string; id: string }; // in village A, road category
let solved: { code: string; id: string }; // in the grid under village A, replied to and solved
let old: { code: string; id: string }; // in township A, 100 days old
let elsewhere: { code: string; id: string }; // in township B

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  const [light] = await t.db.insert(categories).values({ placeId: tree.district.id, name: '路灯照明' }).returning();
  const [road] = await t.db
    .insert(categories)
    .values({ placeId: tree.townA.id, name: '道路交通', sortOrder: -1 })
    .returning();
  await t.db.insert(categories).values({ placeId: tree.townB.id, name: '菜市场' });
  roadId = road?.id ?? '';
  lightId = light?.id ?? '';
  open = await raise(tree.villageA, '村口的路面塌了一个坑', { categoryId: roadId });
  solved = await raise(tree.gridA, '楼道的灯坏了', { categoryId: lightId, status: 'solved' });
  await t.db.insert(submissionEvents).values([
    { submissionId: solved.id, kind: 'reply', isPublic: false, note: '内部：联系人电话已核实' },
    { submissionId: solved.id, kind: 'solve', isPublic: true, note: '灯已换新' },
  ]);
  old = await raise(tree.townA, '去年冬天的供暖问题', { createdAt: new Date(Date.now() - 100 * DAY) });
  elsewhere = await raise(tree.townB, '乙镇的菜市场太脏');
});

describe('GET /open311/v2/services.json', () => {
  it('lists the categories offered at a place, its own and those above it, as Open311 services', async () => {
    const res = await get(`/open311/v2/services.json?jurisdiction_id=${tree.villageA.code}`);
    expect(res.statusCode).toBe(200);
    const services = json<Services>(res);
    expect(services).toEqual([
      {
        service_code: roadId,
        service_name: '道路交通',
        description: '道路交通',
        metadata: false,
        type: 'realtime',
        keywords: '',
        group: tree.townA.name,
      },
      expect.objectContaining({ service_code: lightId, service_name: '路灯照明', group: tree.district.name }),
    ]);
  });

  it('answers 404 in Open311’s shape for an unknown place code, in the caller’s language', async () => {
    const res = await get('/open311/v2/services.json?jurisdiction_id=no-such-place', { 'accept-language': 'en' });
    expect(res.statusCode).toBe(404);
    expect(json<Errors>(res)).toEqual([{ code: 404, description: 'No place has the code given as jurisdiction_id' }]);
    const zh = await get('/open311/v2/services.json?jurisdiction_id=no-such-place&locale=zh-TW');
    expect(json<Errors>(zh)[0]?.description).toBe('找不到編碼為 jurisdiction_id 的地點');
  });

  it('answers 400 without a jurisdiction_id, naming it', async () => {
    const res = await get('/open311/v2/services.json?locale=en');
    expect(res.statusCode).toBe(400);
    const [error] = json<Errors>(res);
    expect(error?.code).toBe(400);
    expect(error?.description).toContain('jurisdiction_id');
  });

  it('serves JSON only: .xml answers 400 saying so', async () => {
    const res = await get(`/open311/v2/services.xml?jurisdiction_id=${tree.villageA.code}&locale=en`);
    expect(res.statusCode).toBe(400);
    expect(json<Errors>(res)[0]?.description).toContain('Only JSON is served');
  });
});

describe('GET /open311/v2/requests.json', () => {
  const list = async (query: string, headers?: Record<string, string>) => {
    const res = await get(`/open311/v2/requests.json?jurisdiction_id=${tree.townA.code}${query}`, headers);
    expect(res.statusCode).toBe(200);
    return json<Requests>(res);
  };
  const codes = (items: Requests) => items.map((r) => r.service_request_id);

  it('lists the subtree’s submissions of the last 90 days, newest first, without another place’s', async () => {
    const items = await list('');
    expect(codes(items)).toEqual([solved.code, open.code]);
    expect(codes(items)).not.toContain(elsewhere.code);
    expect(codes(items)).not.toContain(old.code);
  });

  it('maps a submission to a public request: status, category, place path, times with the +08:00 offset', async () => {
    const items = await list('&locale=en');
    const s = items.find((r) => r.service_request_id === solved.code);
    expect(s).toMatchObject({
      status: 'closed',
      status_notes: 'Solved: 灯已换新',
      service_code: lightId,
      service_name: '路灯照明',
      description: '楼道的灯坏了',
      address: [tree.district.name, tree.townA.name, tree.villageA.name, tree.gridA.name].join(' '),
      media_url: null,
    });
    expect(s?.requested_datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    expect(new Date(s?.updated_datetime ?? '').getTime()).toBeGreaterThanOrEqual(
      new Date(s?.requested_datetime ?? '').getTime(),
    );
    const o = items.find((r) => r.service_request_id === open.code);
    expect(o).toMatchObject({ status: 'open', status_notes: 'Submitted', service_name: '道路交通' });
  });

  it('tells the status notes in the request’s language (zh-CN by default)', async () => {
    const zh = await list('');
    expect(zh.find((r) => r.service_request_id === solved.code)?.status_notes).toBe('已办结：灯已换新');
    const tw = await list('', { 'accept-language': 'zh-TW' });
    expect(tw.find((r) => r.service_request_id === solved.code)?.status_notes).toBe('已辦結：灯已换新');
  });

  it('leaks nothing private: no phone, no contact name, no internal note', async () => {
    const res = await get(`/open311/v2/requests.json?jurisdiction_id=${tree.district.code}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(PHONE);
    expect(res.body).not.toContain(PHONE.slice(-4));
    expect(res.body).not.toContain(NAME);
    expect(res.body).not.toContain('内部');
  });

  it('filters by status', async () => {
    expect(codes(await list('&status=open'))).toEqual([open.code]);
    expect(codes(await list('&status=closed'))).toEqual([solved.code]);
    expect(codes(await list('&status=open,closed'))).toEqual([solved.code, open.code]);
  });

  it('filters by service_code', async () => {
    expect(codes(await list(`&service_code=${roadId}`))).toEqual([open.code]);
  });

  it('filters by start_date and end_date (90 days at most)', async () => {
    const start = new Date(Date.now() - 120 * DAY).toISOString();
    const end = new Date(Date.now() - 50 * DAY).toISOString();
    expect(codes(await list(`&start_date=${start}&end_date=${end}`))).toEqual([old.code]);
    expect(codes(await list(`&start_date=${new Date(Date.now() + 3_600_000).toISOString()}`))).toEqual([]);
    expect(codes(await list(`&end_date=${new Date(Date.now() - 99 * DAY).toISOString()}`))).toEqual([old.code]);
  });

  it('filters by service_request_id (comma list), ignoring the other filters but not the place', async () => {
    expect(codes(await list(`&service_request_id=${old.code},${open.code}&status=closed`))).toEqual([
      open.code,
      old.code,
    ]);
    expect(codes(await list(`&service_request_id=${elsewhere.code}`))).toEqual([]);
  });

  it('lists only the place’s own subtree', async () => {
    const res = await get(`/open311/v2/requests.json?jurisdiction_id=${tree.townB.code}`);
    expect(codes(json<Requests>(res))).toEqual([elsewhere.code]);
  });

  it('answers 400 by field for a bad status, a bad date, a bad service_code, a wide or reversed window', async () => {
    const bad = async (query: string, word: string) => {
      const res = await get(`/open311/v2/requests.json?jurisdiction_id=${tree.townA.code}&locale=en${query}`);
      expect(res.statusCode).toBe(400);
      const [error] = json<Errors>(res);
      expect(error?.code).toBe(400);
      expect(error?.description).toContain(word);
    };
    await bad('&status=pending', 'status');
    await bad('&start_date=yesterday', 'start_date');
    await bad('&end_date=2026-13-01T00:00:00Z', 'end_date');
    await bad('&service_code=roads', 'service_code');
    await bad('&start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z', 'may not span more than 90 days');
    await bad('&start_date=2026-06-01T00:00:00Z&end_date=2026-05-01T00:00:00Z', 'cannot be later than end_date');
  });

  it('answers 404 in Open311’s shape for an unknown jurisdiction', async () => {
    const res = await get('/open311/v2/requests.json?jurisdiction_id=nowhere');
    expect(res.statusCode).toBe(404);
    expect(json<Errors>(res)).toEqual([{ code: 404, description: '找不到编码为 jurisdiction_id 的地点' }]);
  });
});

describe('GET /open311/v2/requests/{id}.json', () => {
  it('answers a list of one by tracking code', async () => {
    const res = await get(`/open311/v2/requests/${solved.code}.json`);
    expect(res.statusCode).toBe(200);
    const items = json<Requests>(res);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ service_request_id: solved.code, status: 'closed', description: '楼道的灯坏了' });
    expect(res.body).not.toContain(PHONE);
    expect(res.body).not.toContain(NAME);
  });

  it('answers 404 for an unknown code, and for a code outside the named jurisdiction', async () => {
    const res = await get('/open311/v2/requests/NOSUCHCODE22.json?locale=en');
    expect(res.statusCode).toBe(404);
    expect(json<Errors>(res)).toEqual([{ code: 404, description: 'Not found' }]);
    const outside = await get(`/open311/v2/requests/${elsewhere.code}.json?jurisdiction_id=${tree.townA.code}`);
    expect(outside.statusCode).toBe(404);
    const inside = await get(`/open311/v2/requests/${elsewhere.code}.json?jurisdiction_id=${tree.district.code}`);
    expect(inside.statusCode).toBe(200);
  });

  it('serves JSON only', async () => {
    const res = await get(`/open311/v2/requests/${solved.code}.xml`);
    expect(res.statusCode).toBe(400);
    expect(json<Errors>(res)[0]?.code).toBe(400);
  });
});

describe('the read limit', () => {
  it('answers 429 in Open311’s shape with Retry-After once one address reads past the limit', async () => {
    const one = new Agent(t.app, {}, '127.4.0.1');
    const url = `/open311/v2/services.json?jurisdiction_id=${tree.villageA.code}&locale=en`;
    for (let i = 0; i < OPEN311_READ_LIMIT.max; i++) expect((await one.get(url)).statusCode).toBe(200);
    const res = await one.get(url);
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(json<Errors>(res)).toEqual([{ code: 429, description: expect.any(String) }]);
    expect((await get(url)).statusCode).toBe(200); // another address is not held back
  });
});
