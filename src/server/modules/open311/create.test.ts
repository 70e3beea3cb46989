import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IssuedApiKeyResponse } from '../../../shared/api/api-keys';
import type { Wire } from '../../../shared/api/common';
import type { CreatedRequestsResponse, Open311Errors, RequestsResponse } from '../../../shared/api/open311';
import type { SubmissionListResponse } from '../../../shared/api/submissions';
import { auditEvents, categories, submissions } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { OPEN311_CREATE_LIMIT } from './routes';

type Created = Wire<typeof CreatedRequestsResponse>;
type Requests = Wire<typeof RequestsResponse>;
type Errors = Wire<typeof Open311Errors>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let admin: Agent; // admin of township A
let liaison: Agent; // liaison of village A
let roadId: string;
let secret: string; // a key scoped to township A
let keyId: string;
let ipSeq = 0;
const partner = () => new Agent(t.app, {}, `127.5.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`);

const issue = async (placeId: string, name: string) => {
  const res = await admin.post('/api/api-keys', { name, placeId });
  expect(res.statusCode).toBe(201);
  return json<Wire<typeof IssuedApiKeyResponse>>(res);
};
const body = (extra: Record<string, string> = {}) => ({
  api_key: secret,
  jurisdiction_id: tree.villageA.code,
  service_code: roadId,
  description: '12345热线转来：村口路面塌陷，车辆难以通行',
  address_string: '甲村村口',
  last_name: '王',
  first_name: '秀英',
  phone: '13912348765',
  ...extra,
});
const postForm = (fields: Record<string, string>, by = partner()) =>
  by.app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json?locale=en',
    remoteAddress: by.ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  admin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.townA })).agent;
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageA })).agent;
  const [road] = await t.db.insert(categories).values({ placeId: tree.townA.id, name: '道路交通' }).returning();
  roadId = road?.id ?? '';
  const key = await issue(tree.townA.id, '12345热线');
  secret = key.secret;
  keyId = key.id;
});

describe('POST /open311/v2/requests.json', () => {
  it('files a form post as a partner submission in the place’s inbox, linked to the key and audited', async () => {
    const res = await postForm(body());
    expect(res.statusCode).toBe(201);
    const [created] = json<Created>(res);
    expect(created).toEqual({ service_request_id: expect.any(String), service_notice: null, account_id: null });
    const id = created?.service_request_id ?? '';
    const inbox = json<Wire<typeof SubmissionListResponse>>(await liaison.get('/api/submissions?channel=partner'));
    expect(inbox.items.map((s) => s.id)).toContain(id);
    const [row] = await t.db.select().from(submissions).where(eq(submissions.id, id));
    expect(row).toMatchObject({ channel: 'partner', placeId: tree.villageA.id, categoryId: roadId });
    expect(row?.content).toContain('村口路面塌陷');
    expect(row?.content).toContain('甲村村口');
    expect(row?.contactName).toBe('王秀英');
    expect(row?.phoneMasked).toBe('139****8765');
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'open311.create')));
    expect(audit?.after).toMatchObject({ apiKeyId: keyId, channel: 'partner' });
  });

  it('takes a JSON body with lat/long, and the key reads back its own request with its words', async () => {
    const res = await partner().post('/open311/v2/requests.json', {
      ...body({ lat: '31.2304', long: '121.4737' }),
      address_string: undefined,
      first_name: 'Mary',
      last_name: 'Lee',
      phone: undefined,
    });
    expect(res.statusCode).toBe(201);
    const id = json<Created>(res)[0]?.service_request_id ?? '';
    const [row] = await t.db.select().from(submissions).where(eq(submissions.id, id));
    expect(row?.content).toContain('(31.2304, 121.4737)');
    expect(row?.contactName).toBe('Mary Lee');
    const keyed = json<Requests>(await partner().get(`/open311/v2/requests/${id}.json?api_key=${secret}`));
    expect(keyed[0]).toMatchObject({ service_request_id: id, status: 'open' });
    expect(keyed[0]?.description).toContain('村口路面塌陷');
    const listed = json<Requests>(
      await partner().get(`/open311/v2/requests.json?jurisdiction_id=${tree.townA.code}&api_key=${secret}`),
    );
    expect(listed.find((r) => r.service_request_id === id)?.description).toContain('村口路面塌陷');
    // without the key the words stay unpublished
    const anonymous = json<Requests>(await partner().get(`/open311/v2/requests/${id}.json`));
    expect(anonymous[0]?.description).toBeNull();
  });

  it('answers 400 naming each missing field, and for a missing location', async () => {
    const res = await postForm({ api_key: secret });
    expect(res.statusCode).toBe(400);
    const described = json<Errors>(res).map((e) => e.description);
    for (const field of ['jurisdiction_id', 'service_code', 'description'])
      expect(described.some((d) => d.startsWith(`${field}:`))).toBe(true);
    const noPlace = await postForm({ ...body(), address_string: '' });
    expect(noPlace.statusCode).toBe(400);
    expect(json<Errors>(noPlace)[0]?.description).toContain('lat');
    const otherCategory = await postForm(body({ service_code: crypto.randomUUID() }));
    expect(otherCategory.statusCode).toBe(400);
    expect(json<Errors>(otherCategory)[0]?.description).toContain('service_code');
  });

  it('answers 403 in Open311’s shape for an unknown or revoked key, and one scoped to another region', async () => {
    const bad = await postForm(body({ api_key: 'sl_nothing' }));
    expect(bad.statusCode).toBe(403);
    expect(json<Errors>(bad)).toEqual([{ code: 403, description: 'The api_key is unknown or revoked' }]);
    expect(
      (await partner().get(`/open311/v2/requests.json?jurisdiction_id=${tree.townA.code}&api_key=x`)).statusCode,
    ).toBe(403);
    const other = await issue(tree.villageA.id, '城市平台');
    const outside = await postForm(body({ api_key: other.secret, jurisdiction_id: tree.townB.code }));
    expect(outside.statusCode).toBe(403);
    expect(json<Errors>(outside)[0]?.code).toBe(403);
    const above = await postForm(body({ api_key: other.secret, jurisdiction_id: tree.townA.code }));
    expect(above.statusCode).toBe(403);
    expect((await admin.post(`/api/api-keys/${other.id}/revoke`)).statusCode).toBe(200);
    const revoked = await postForm(body({ api_key: other.secret }));
    expect(revoked.statusCode).toBe(403);
  });

  it('answers 429 once one key hands in past its limit, from any address', async () => {
    const key = await issue(tree.townA.id, `限流-${crypto.randomUUID().slice(0, 4)}`);
    for (let i = 0; i < OPEN311_CREATE_LIMIT.max; i++)
      expect((await postForm(body({ api_key: key.secret }))).statusCode).toBe(201);
    const res = await postForm(body({ api_key: key.secret }));
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(json<Errors>(res)[0]?.code).toBe(429);
    expect((await postForm(body())).statusCode).toBe(201); // another key is not held back
  });
});
