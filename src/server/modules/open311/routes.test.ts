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
const REPLY = '工作人员：周三上门查看';
const SOLVE_NOTE = '灯已换新';
const TOPIC_NOTE = '由社区书记牵头';
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
let topical: { code: string; id: string }; // in village A, taken up as a topic (with a staff note)
const all = () => [open, solved, old, elsewhere, topical];
/** What residents and staff wrote: none of it is published. */
const CONTENTS = ['村口的路面塌了一个坑', '楼道的灯坏了', '去年冬天的供暖问题', '乙镇的菜市场太脏', '小区停车位不够'];
const NOTES = ['内部', REPLY, SOLVE_NOTE, TOPIC_NOTE];
/** An answer carries no tracking code, no resident's words, no staff note, no name, no phone. */
function expectNothingPrivate(body: string) {
  for (const s of all()) expect(body).not.toContain(s.code);
  for (const c of CONTENTS) expect(body).not.toContain(c);
  for (const n of NOTES) expect(body).not.toContain(n);
  expect(body).not.toContain(PHONE);
  expect(body).not.toContain('****'); // not even masked (a uuid may hold the last four digits by chance)
  expect(body).not.toContain(NAME);
}

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
    { submissionId: solved.id, kind: 'reply', isPublic: true, note: REPLY },
    { submissionId: solved.id, kind: 'solve', isPublic: true, note: SOLVE_NOTE },
  ]);
  old = await raise(tree.townA, '去年冬天的供暖问题', { createdAt: new Date(Date.now() - 100 * DAY) });
  elsewhere = await raise(tree.townB, '乙镇的菜市场太脏');
  topical = await raise(tree.villageA, '小区停车位不够');
  await t.db.insert(submissionEvents).values({
    submissionId: topical.id,
    kind: 'topic',
    isPublic: true,
    note: TOPIC_NOTE,
    data: { topicId: crypto.randomUUID(), code: 'YT-2026-007', title: '停车难议题' },
  });
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
  const ids = (items: Requests) => items.map((r) => r.service_request_id);

  it('lists the subtree’s submissions of the last 90 days, newest first, without another place’s', async () => {
    const items = await list('');
    expect(ids(items)).toEqual([topical.id, solved.id, open.id]);
    expect(ids(items)).not.toContain(elsewhere.id);
    expect(ids(items)).not.toContain(old.id);
  });

  it('maps a submission to a public request: uuid, status, category, place path, times with the +08:00 offset', async () => {
    const items = await list('&locale=en');
    const s = items.find((r) => r.service_request_id === solved.id);
    expect(s).toMatchObject({
      status: 'closed',
      status_notes: 'Solved',
      service_code: lightId,
      service_name: '路灯照明',
      description: null,
      address: [tree.district.name, tree.townA.name, tree.villageA.name, tree.gridA.name].join(' '),
      media_url: null,
    });
    expect(s?.requested_datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    expect(new Date(s?.updated_datetime ?? '').getTime()).toBeGreaterThanOrEqual(
      new Date(s?.requested_datetime ?? '').getTime(),
    );
    const o = items.find((r) => r.service_request_id === open.id);
    expect(o).toMatchObject({ status: 'open', status_notes: 'Submitted', service_name: '道路交通' });
  });

  it('tells the status notes as the step’s kind and the topic it names, in the request’s language, never a note', async () => {
    const zh = await list('');
    expect(zh.find((r) => r.service_request_id === solved.id)?.status_notes).toBe('已办结');
    expect(zh.find((r) => r.service_request_id === topical.id)?.status_notes).toBe(
      '已列为协商议题：停车难议题 (YT-2026-007)',
    );
    const tw = await list('', { 'accept-language': 'zh-TW' });
    expect(tw.find((r) => r.service_request_id === solved.id)?.status_notes).toBe('已辦結');
    const en = await list('&locale=en');
    expect(en.find((r) => r.service_request_id === topical.id)?.status_notes).toBe(
      'Taken up as a topic for consultation: 停车难议题 (YT-2026-007)',
    );
  });

  it('leaks nothing private: no tracking code, no resident’s words, no staff note, no name, no phone', async () => {
    for (const locale of ['zh-CN', 'zh-TW', 'en']) {
      const res = await get(`/open311/v2/requests.json?jurisdiction_id=${tree.district.code}&locale=${locale}`);
      expect(res.statusCode).toBe(200);
      expect(json<Requests>(res).every((r) => r.description === null)).toBe(true);
      expectNothingPrivate(res.body);
    }
    const old90 = new Date(Date.now() - 120 * DAY).toISOString();
    const res = await get(`/open311/v2/requests.json?jurisdiction_id=${tree.district.code}&start_date=${old90}`);
    expectNothingPrivate(res.body);
  });

  it('filters by status', async () => {
    expect(ids(await list('&status=open'))).toEqual([topical.id, open.id]);
    expect(ids(await list('&status=closed'))).toEqual([solved.id]);
    expect(ids(await list('&status=open,closed'))).toEqual([topical.id, solved.id, open.id]);
  });

  it('filters by service_code', async () => {
    expect(ids(await list(`&service_code=${roadId}`))).toEqual([open.id]);
  });

  it('filters by start_date and end_date (90 days at most)', async () => {
    const start = new Date(Date.now() - 120 * DAY).toISOString();
    const end = new Date(Date.now() - 50 * DAY).toISOString();
    expect(ids(await list(`&start_date=${start}&end_date=${end}`))).toEqual([old.id]);
    expect(ids(await list(`&start_date=${new Date(Date.now() + 3_600_000).toISOString()}`))).toEqual([]);
    expect(ids(await list(`&end_date=${new Date(Date.now() - 99 * DAY).toISOString()}`))).toEqual([old.id]);
  });

  it('filters by service_request_id (comma list of uuids), ignoring the other filters but not the place', async () => {
    expect(ids(await list(`&service_request_id=${old.id},${open.id}&status=closed`))).toEqual([open.id, old.id]);
    expect(ids(await list(`&service_request_id=${elsewhere.id}`))).toEqual([]);
    expect(ids(await list(`&service_request_id=${crypto.randomUUID()}`))).toEqual([]);
  });

  it('does not take a tracking code as service_request_id: 400 naming the field', async () => {
    for (const query of [open.code, `${open.id},${open.code}`, 'not-a-uuid']) {
      const res = await get(
        `/open311/v2/requests.json?jurisdiction_id=${tree.townA.code}&locale=en&service_request_id=${query}`,
      );
      expect(res.statusCode).toBe(400);
      const [error] = json<Errors>(res);
      expect(error?.code).toBe(400);
      expect(error?.description).toContain('service_request_id');
      expectNothingPrivate(res.body);
    }
  });

  it('lists only the place’s own subtree', async () => {
    const res = await get(`/open311/v2/requests.json?jurisdiction_id=${tree.townB.code}`);
    expect(ids(json<Requests>(res))).toEqual([elsewhere.id]);
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
  it('answers a list of one by the submission’s uuid, with nothing private', async () => {
    for (const s of [solved, topical]) {
      const res = await get(`/open311/v2/requests/${s.id}.json`);
      expect(res.statusCode).toBe(200);
      const items = json<Requests>(res);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ service_request_id: s.id, description: null });
      expectNothingPrivate(res.body);
    }
    const upper = await get(`/open311/v2/requests/${solved.id.toUpperCase()}.json`);
    expect(json<Requests>(upper)[0]?.service_request_id).toBe(solved.id);
  });

  it('answers 400 in Open311’s shape for a malformed id — a tracking code included', async () => {
    for (const id of [solved.code, 'NOSUCHCODE22', '123']) {
      const res = await get(`/open311/v2/requests/${id}.json?locale=en`);
      expect(res.statusCode).toBe(400);
      const [error] = json<Errors>(res);
      expect(error?.code).toBe(400);
      expect(error?.description).toContain('id');
      expectNothingPrivate(res.body);
    }
  });

  it('answers 404 for an unknown id, and for an id outside the named jurisdiction', async () => {
    const res = await get(`/open311/v2/requests/${crypto.randomUUID()}.json?locale=en`);
    expect(res.statusCode).toBe(404);
    expect(json<Errors>(res)).toEqual([{ code: 404, description: 'Not found' }]);
    const outside = await get(`/open311/v2/requests/${elsewhere.id}.json?jurisdiction_id=${tree.townA.code}`);
    expect(outside.statusCode).toBe(404);
    const inside = await get(`/open311/v2/requests/${elsewhere.id}.json?jurisdiction_id=${tree.district.code}`);
    expect(inside.statusCode).toBe(200);
  });

  it('serves JSON only', async () => {
    const res = await get(`/open311/v2/requests/${solved.id}.xml`);
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
