import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { MeResponse } from '../../../shared/api/auth';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import { buildApp } from '../../app';
import { accounts } from '../../platform/db/schema';
import { buildAccount, buildTree, TEST_PASSWORD } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp, testConfig } from '../../testing/harness';

// PUT /api/auth/me/email: one's own address for notices and whether each, a daily digest or none.
// It acts on the caller's own account only, so there is no other region (404), role (403) or
// status (409) to answer: any signed-in person may set their own.
type Me = Wire<typeof MeResponse>;
type ErrorBody = Wire<typeof ErrorBodySchema>;
const URL = '/api/auth/me/email';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let districtAdmin: Agent;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  districtAdmin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
});

const person = () => buildAccount(t.app, t.db, { role: 'member', place: tree.villageA });
const put = (agent: Agent, body: unknown) => agent.request('PUT', URL, body);
const stored = async (id: string) => {
  const [row] = await t.db
    .select({ email: accounts.email, emailNotices: accounts.emailNotices, since: accounts.emailNoticesSince })
    .from(accounts)
    .where(eq(accounts.id, id));
  return row;
};

describe('without a session, or without the CSRF token', () => {
  it('answers 401, then 403 csrf_failed, and changes nothing', async () => {
    const res = await new Agent(t.app).request('PUT', URL, { email: 'a@example.gov.cn', emailNotices: 'each' });
    expect(res.statusCode).toBe(401);
    expect(json<ErrorBody>(res).code).toBe('unauthenticated');

    const { id, agent } = await person();
    const forged = await t.app.inject({
      method: 'PUT',
      url: URL,
      cookies: { sl_session: agent.sessionToken ?? '' },
      payload: { email: 'a@example.gov.cn', emailNotices: 'each' },
    });
    expect(forged.statusCode).toBe(403);
    expect(json<ErrorBody>(forged).code).toBe('csrf_failed');
    expect((await stored(id))?.email).toBeNull();
  });
});

describe('one’s email for notices', () => {
  it('has none at first, each notice by default, and says when the deployment sends no email', async () => {
    const { agent } = await person();
    expect(json<Me>(await agent.get('/api/auth/me'))).toMatchObject({
      email: null,
      emailNotices: 'each',
      isEmailConfigured: false,
    });
  });

  it('keeps the address trimmed and lower-cased with the choice, audits it, and clears it', async () => {
    const { id, agent, username } = await person();
    const res = await put(agent, { email: `  ${username}@Example.GOV.cn `, emailNotices: 'daily' });
    expect(res.statusCode).toBe(200);
    const email = `${username}@example.gov.cn`.toLowerCase();
    expect(json<Me>(res)).toMatchObject({ email, emailNotices: 'daily' });
    expect(json<Me>(await agent.get('/api/auth/me'))).toMatchObject({ email, emailNotices: 'daily' });
    const audit = await districtAdmin.get(`/api/audit?entityId=${id}&action=account.update_email`);
    expect(json<Wire<typeof AuditListResponse>>(audit).items).toEqual([
      expect.objectContaining({
        before: { email: null, emailNotices: 'each' },
        after: { email, emailNotices: 'daily' },
      }),
    ]);

    const cleared = await put(agent, { email: null, emailNotices: 'daily' });
    expect(json<Me>(cleared)).toMatchObject({ email: null, emailNotices: 'daily' });
  });

  it('starts mail from now when an address is new or mail is turned back on, and not otherwise', async () => {
    const { id, agent, username } = await person();
    const email = `${username}@example.gov.cn`.toLowerCase();
    await put(agent, { email, emailNotices: 'each' });
    const first = (await stored(id))?.since;
    expect(first).toBeInstanceOf(Date);
    await put(agent, { email, emailNotices: 'daily' }); // the same address, another way: no new start
    expect((await stored(id))?.since).toEqual(first);
    await put(agent, { email, emailNotices: 'off' });
    await new Promise((r) => setTimeout(r, 5));
    await put(agent, { email, emailNotices: 'each' }); // back on: the notices of the quiet time stay unmailed
    const again = (await stored(id))?.since;
    expect(again?.getTime()).toBeGreaterThan(first?.getTime() ?? 0);
    await new Promise((r) => setTimeout(r, 5));
    await put(agent, { email: `new-${email}`, emailNotices: 'each' });
    expect((await stored(id))?.since?.getTime()).toBeGreaterThan(again?.getTime() ?? 0);
  });

  it('says email is configured where the deployment has an SMTP server', async () => {
    const app = await buildApp({
      config: { ...testConfig(), mail: { smtpUrl: 'smtp://127.0.0.1:2525', from: 'noreply@example.gov.cn' } },
      database: t.database,
      serveWeb: false,
    });
    const { username } = await person();
    const agent = await Agent.signIn(app, username, TEST_PASSWORD, '10.3.0.1');
    expect(json<Me>(await agent.get('/api/auth/me')).isEmailConfigured).toBe(true);
    await app.close();
  });
});

describe('bad input', () => {
  const long = `${'a'.repeat(250)}@example.gov.cn`;
  it.each([
    [{ email: 'not-an-address', emailNotices: 'each' }, ['email']],
    [{ email: 'name@localhost', emailNotices: 'each' }, ['email']],
    [{ email: 'a b@example.gov.cn', emailNotices: 'each' }, ['email']],
    [{ email: '', emailNotices: 'each' }, ['email']],
    [{ email: long, emailNotices: 'each' }, ['email']],
    [{ email: 42, emailNotices: 'each' }, ['email']],
    [{ email: 'a@example.gov.cn', emailNotices: 'weekly' }, ['emailNotices']],
    [{ email: 'a@example.gov.cn' }, ['emailNotices']],
    [{ emailNotices: 'each' }, ['email']],
    [{}, ['email', 'emailNotices']],
  ])('%j names %j, and nothing is written', async (body, fields) => {
    const { id, agent } = await person();
    const res = await put(agent, body);
    expect(res.statusCode).toBe(400);
    expect(
      json<ErrorBody>(res)
        .fields?.map((f) => f.path)
        .sort(),
    ).toEqual(fields);
    expect(await stored(id)).toMatchObject({ email: null, emailNotices: 'each', since: null });
  });

  it('says what a good address looks like, in the reader’s language', async () => {
    const { agent } = await person();
    const zh = await put(agent, { email: 'nope', emailNotices: 'each' });
    expect(json<ErrorBody>(zh).fields).toEqual([
      { path: 'email', message: '请输入有效的邮箱地址，如 name@example.gov.cn' },
    ]);
    const en = await agent.request('PUT', URL, { email: 'nope', emailNotices: 'each' }, { 'accept-language': 'en' });
    expect(json<ErrorBody>(en).fields?.[0]?.message).toBe('Enter a valid email address, such as name@example.gov.cn');
  });
});
