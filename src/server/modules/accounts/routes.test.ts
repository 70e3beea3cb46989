import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse as Response } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountListResponse, AccountResponse } from '../../../shared/api/accounts';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { MeResponse } from '../../../shared/api/auth';
import type { ChallengeErrorBody, ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import { accounts, grants } from '../../platform/db/schema';
import { readChallenges } from '../../testing/challenge-answers';
import { type BuiltPlace, buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

const answerOf = readChallenges();

type Account = Wire<typeof AccountResponse>;
type List = Wire<typeof AccountListResponse>;
type ErrorBody = Wire<typeof ErrorBodySchema>;

const expectError = (res: Response, status: number, body: Partial<ErrorBody>) => {
  expect(res.statusCode).toBe(status);
  expect(json(res)).toMatchObject(body);
};
const uniq = () => randomBytes(3).toString('hex');
const byte = () => Math.floor(Math.random() * 250) + 1;
const signIn = (username: string, password: string) =>
  new Agent(t.app, {}, `10.1.${byte()}.${byte()}`).post('/api/auth/sign-in', { username, password });
const sessionOf = (a: { username: string; password: string }) =>
  Agent.signIn(t.app, a.username, a.password, `10.1.${byte()}.${byte()}`);

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let districtAdmin: Agent;
let townAdmin: Agent; // admin of township A
let outsider: Account; // homed in village B, outside township A
let boss: Account; // homed in village A, but an admin of the whole district

/** A valid body for POST /api/accounts, with `extra` on top. */
const newBody = (home: { id: string }, extra: Record<string, unknown> = {}) => {
  const username = `acc-${uniq()}`;
  return { username, displayName: `用户${username}`, password: `Pw-${uniq()}-2025`, homePlaceId: home.id, ...extra };
};

/** An account created through the API by `by`; its password is returned alongside. */
async function newAccount(by: Agent, home: BuiltPlace, username?: string, extra: Record<string, unknown> = {}) {
  const body = newBody(home, { ...(username ? { username } : {}), ...extra });
  const res = await by.post('/api/accounts', body);
  expect(res.statusCode).toBe(201);
  return { ...json<Account>(res), password: body.password };
}
const grant = (by: Agent, id: string, place: BuiltPlace, role = 'member') =>
  by.post(`/api/accounts/${id}/grants`, { placeId: place.id, role });
const auditOf = async (id: string) =>
  json<Wire<typeof AuditListResponse>>(await districtAdmin.get(`/api/audit?entityId=${id}&pageSize=100`)).items;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  districtAdmin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
  townAdmin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.townA })).agent;
  outsider = await newAccount(districtAdmin, tree.villageB);
  outsider = json<Account>(await grant(districtAdmin, outsider.id, tree.villageB));
  boss = await newAccount(districtAdmin, tree.villageA);
  boss = json<Account>(await grant(districtAdmin, boss.id, tree.district, 'admin'));
});

const ROUTES = [
  ['GET', '/api/accounts/:id'],
  ['PATCH', '/api/accounts/:id'],
  ['POST', '/api/accounts/:id/password'],
  ['POST', '/api/accounts/:id/unlock'],
  ['POST', '/api/accounts/:id/grants'],
  ['DELETE', '/api/accounts/:id/grants/:grantId'],
] as const;

/** Calls one of ROUTES on `a` with a body that would be valid. */
function call(agent: Agent, method: (typeof ROUTES)[number][0], url: string, a: Account) {
  const path = url.replace(':id', a.id).replace(':grantId', a.grants[0]?.id ?? '');
  const body = url.endsWith('password')
    ? { password: 'Another-pass-2025' }
    : url.endsWith('grants')
      ? { placeId: tree.villageA.id, role: 'liaison' }
      : url === '/api/accounts'
        ? newBody(tree.villageA)
        : { displayName: '改个名字' };
  return agent.request(method, path, method === 'GET' || method === 'DELETE' ? undefined : body);
}

describe('without a session', () => {
  it.each([...ROUTES, ['GET', '/api/accounts'], ['POST', '/api/accounts']] as const)('%s %s → 401', async (m, u) => {
    expectError(await call(new Agent(t.app), m, u, outsider), 401, { code: 'unauthenticated' });
  });
});

describe('another region', () => {
  it.each(ROUTES)('%s %s on an account homed in township B → 404', async (m, u) => {
    expectError(await call(townAdmin, m, u, outsider), 404, { code: 'not_found' });
  });

  it('leaves it out of the list, and refuses a home or a grant there as an unknown place', async () => {
    const search = `/api/accounts?q=${outsider.username}`;
    expect(json(await districtAdmin.get(search))).toMatchObject({ total: 1 });
    expect(json(await townAdmin.get(search))).toMatchObject({ items: [], total: 0 });
    expectError(await townAdmin.post('/api/accounts', newBody(tree.villageB)), 400, {
      code: 'not_found',
      field: 'homePlaceId',
    });
    const mine = await newAccount(townAdmin, tree.villageA);
    expectError(await grant(townAdmin, mine.id, tree.villageB), 400, { code: 'not_found', field: 'placeId' });
  });
});

describe('bad input', () => {
  const create = (extra: Record<string, unknown>) => townAdmin.post('/api/accounts', newBody(tree.villageA, extra));
  const fieldPaths = (res: Response) => json<ErrorBody>(res).fields?.map((f) => f.path);

  it('names the wrong field when creating', async () => {
    expectError(await create({ password: 'short' }), 400, {
      fields: [{ path: 'password', message: '密码至少 10 位' }],
    });
    expectError(await create({ password: 'Password1234' }), 400, {
      fields: [{ path: 'password', message: '这是常见密码，容易被猜中，请换一个' }],
    });
    expectError(await create({ password: 'shangliang2026' }), 400, {
      fields: [{ path: 'password', message: '这是公开的演示密码，请换一个' }],
    });
    expect(fieldPaths(await create({ username: 'no spaces' }))).toEqual(['username']);
    expect(fieldPaths(await create({ homePlaceId: 'nowhere' }))).toEqual(['homePlaceId']);
    expectError(await create({ username: boss.username.toUpperCase() }), 409, {
      code: 'username_taken',
      field: 'username',
    });
  });

  const SOME_ID = '00000000-0000-4000-8000-000000000000';
  it.each([
    ['pageSize', 'GET', '/api/accounts?pageSize=500', undefined],
    ['id', 'GET', '/api/accounts/not-a-uuid', undefined],
    ['displayName', 'PATCH', `/api/accounts/${SOME_ID}`, { displayName: ' ' }],
    ['password', 'POST', `/api/accounts/${SOME_ID}/password`, { password: 'abc' }],
    ['password', 'POST', `/api/accounts/${SOME_ID}/password`, { password: 'qwerty123456' }],
    ['password', 'POST', `/api/accounts/${SOME_ID}/password`, { password: 'Shangliang2026' }],
    ['id', 'POST', '/api/accounts/nope/unlock', {}],
    ['role', 'POST', `/api/accounts/${SOME_ID}/grants`, { placeId: SOME_ID, role: 'king' }],
    ['grantId', 'DELETE', `/api/accounts/${SOME_ID}/grants/nope`, undefined],
  ] as const)('names %s: %s %s', async (field, method, url, body) => {
    const res = await townAdmin.request(method, url, body);
    expect(res.statusCode).toBe(400);
    expect(fieldPaths(res)).toEqual([field]);
  });

  it('says a value of the wrong type is wrong, not missing', async () => {
    const res = await townAdmin.patch(`/api/accounts/${boss.id}`, { isDisabled: 'yes' });
    expect(json<ErrorBody>(res).fields).toEqual([{ path: 'isDisabled', message: '类型不正确' }]);
  });
});

describe('permissions', () => {
  it('shows the township admin an account that outranks them, without the right to manage it', async () => {
    const res = await townAdmin.get(`/api/accounts/${boss.id}`);
    expect(res.statusCode).toBe(200);
    expect(json<Account>(res).abilities.manage).toBe(false);
  });

  it.each(ROUTES.slice(1))('%s %s on that account → 403', async (m, u) => {
    expectError(await call(townAdmin, m, u, boss), 403, { code: 'forbidden' });
  });

  it('lets a leader see the place but not create accounts there', async () => {
    const leader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.townA })).agent;
    expect((await leader.post('/api/accounts', newBody(tree.villageA))).statusCode).toBe(403);
  });

  it('answers a liaison 403 for the account list and 404 for accounts in their own village', async () => {
    const liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageA })).agent;
    expect((await liaison.get('/api/accounts')).statusCode).toBe(403);
    expect((await liaison.get(`/api/accounts/${boss.id}`)).statusCode).toBe(404);
  });

  it('does not let an admin disable themselves', async () => {
    const me = json<Wire<typeof MeResponse>>(await townAdmin.get('/api/auth/me'));
    expect((await townAdmin.patch(`/api/accounts/${me.id}`, { isDisabled: true })).statusCode).toBe(403);
    expect((await townAdmin.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('does not let an admin reset their own password here: they change it at /api/auth/password', async () => {
    const me = json<Wire<typeof MeResponse>>(await townAdmin.get('/api/auth/me'));
    const res = await townAdmin.post(`/api/accounts/${me.id}/password`, { password: 'Taken-over-2025' });
    expectError(res, 403, { code: 'forbidden' });
    expect((await townAdmin.get('/api/auth/me')).statusCode).toBe(200);
  });
});

describe('managing accounts', () => {
  it('creates an account that can sign in, and audits it without the password', async () => {
    const a = await newAccount(townAdmin, tree.villageA);
    expect(a).toMatchObject({ homePlace: { id: tree.villageA.id }, mustChangePassword: true, grants: [] });
    expect(a.abilities.manage).toBe(true);
    expect((await signIn(a.username, a.password)).statusCode).toBe(200);
    const [created] = (await auditOf(a.id)).filter((e) => e.action === 'account.create');
    expect(created?.after).toMatchObject({ username: a.username, homePlaceId: tree.villageA.id });
    expect(created?.after).not.toHaveProperty('password');
  });

  it('lists with search, role and place filters and pages', async () => {
    const prefix = `list${uniq()}`;
    const made = [];
    for (const n of ['b', 'c', 'a']) made.push(await newAccount(townAdmin, tree.villageA, `${prefix}-${n}`));
    await grant(townAdmin, made[1]?.id ?? '', tree.gridA, 'leader');
    const list = (q: string) => townAdmin.get(`/api/accounts?q=${prefix}&${q}`).then((r) => json<List>(r));
    const sorted = made.map((a) => a.username).sort();
    expect(await list('')).toMatchObject({ total: 3, items: sorted.map((username) => ({ username })) });
    expect(await list('pageSize=2&page=2')).toMatchObject({
      total: 3,
      page: 2,
      pageSize: 2,
      items: [{ username: sorted[2] }],
    });
    expect((await list('role=leader')).items.map((a) => a.id)).toEqual([made[1]?.id]);
    expect((await list(`placeId=${tree.gridA.id}`)).items.map((a) => a.id)).toEqual([made[1]?.id]);
    expect((await list(`placeId=${tree.villageA.id}`)).total).toBe(0);
  });

  it('disables an account: its session stops working and it cannot sign in', async () => {
    const a = await newAccount(townAdmin, tree.villageA);
    const session = await sessionOf(a);
    expect((await session.get('/api/auth/me')).statusCode).toBe(200);
    const res = await townAdmin.patch(`/api/accounts/${a.id}`, { isDisabled: true });
    expect(json(res)).toMatchObject({ isDisabled: true });
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    expect(json<ErrorBody>(await signIn(a.username, a.password)).code).toBe('account_disabled');
    const [update] = (await auditOf(a.id)).filter((e) => e.action === 'account.update');
    expect(update).toMatchObject({ before: { isDisabled: false }, after: { isDisabled: true } });
  });

  it('resets a password: the old one fails, the new one works, sessions end', async () => {
    const a = await newAccount(townAdmin, tree.villageA);
    const session = await sessionOf(a);
    const res = await townAdmin.post(`/api/accounts/${a.id}/password`, { password: 'Brand-new-pass-9' });
    expect(json(res)).toMatchObject({ mustChangePassword: true });
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    expect((await signIn(a.username, a.password)).statusCode).toBe(401);
    expect((await signIn(a.username, 'Brand-new-pass-9')).statusCode).toBe(200);
    expect((await auditOf(a.id)).map((e) => e.action)).toContain('account.reset_password');
  });

  it('unlocks an account locked from an address', async () => {
    const a = await newAccount(townAdmin, tree.villageA);
    const from = new Agent(t.app, {}, `10.1.${byte()}.${byte()}`);
    /** Signs in from that one address, answering the image challenge right whenever it is asked. */
    const attempt = async (password: string) => {
      const res = await from.post('/api/auth/sign-in', { username: a.username, password });
      const asked = json<Wire<typeof ChallengeErrorBody>>(res).challenge;
      if (!asked) return res;
      const challenge = { id: asked.id, answer: answerOf(asked) };
      return from.post('/api/auth/sign-in', { username: a.username, password, challenge });
    };
    for (let i = 0; i < 5; i++) await attempt('wrong-password-1');
    expect(json<Account>(await townAdmin.get(`/api/accounts/${a.id}`)).isLocked).toBe(true);
    expect((await attempt(a.password)).statusCode).toBe(423);
    const res = await townAdmin.post(`/api/accounts/${a.id}/unlock`);
    expect(json<Account>(res).isLocked).toBe(false);
    expect((await from.post('/api/auth/sign-in', { username: a.username, password: a.password })).statusCode).toBe(200);
    expect((await auditOf(a.id)).map((e) => e.action)).toEqual(expect.arrayContaining(['auth.lock', 'account.unlock']));
  });
});

describe('granting roles', () => {
  it('grants a role that opens the place, refuses it twice, and revokes it', async () => {
    // a password of its own, so that its session may go beyond changing it
    const a = await newAccount(townAdmin, tree.villageA, undefined, { mustChangePassword: false });
    const session = await sessionOf(a);
    expect((await session.get(`/api/places/${tree.villageA.id}`)).statusCode).toBe(404);
    const res = await grant(townAdmin, a.id, tree.villageA, 'liaison');
    expect(res.statusCode).toBe(201);
    const [g] = json<Account>(res).grants;
    expect(g).toMatchObject({ role: 'liaison', place: { id: tree.villageA.id } });
    expect((await session.get(`/api/places/${tree.villageA.id}`)).statusCode).toBe(200);
    expectError(await grant(townAdmin, a.id, tree.villageA, 'liaison'), 409, { code: 'grant_exists' });
    const revoked = await townAdmin.delete(`/api/accounts/${a.id}/grants/${g?.id}`);
    expect(json<Account>(revoked).grants).toEqual([]);
    expect((await session.get(`/api/places/${tree.villageA.id}`)).statusCode).toBe(404);
    const events = await auditOf(a.id);
    expect(events.find((e) => e.action === 'grant.create')?.after).toMatchObject({ role: 'liaison' });
    expect(events.find((e) => e.action === 'grant.revoke')?.before).toMatchObject({ grantId: g?.id });
    // a grant the account no longer holds
    expect((await townAdmin.delete(`/api/accounts/${a.id}/grants/${g?.id}`)).statusCode).toBe(404);
  });

  /** The sole admin of a new top-level place, and how to revoke an account's admin role there. */
  async function topAdmin() {
    const top = await buildPlace(t.db);
    const first = await buildAccount(t.app, t.db, { role: 'admin', place: top });
    const revokeAdmin = async (id: string) => {
      const { grants } = json<Account>(await first.agent.get(`/api/accounts/${id}`));
      return first.agent.delete(`/api/accounts/${id}/grants/${grants.find((g) => g.role === 'admin')?.id}`);
    };
    return { top, first, revokeAdmin };
  }

  it('does not let an admin revoke their own roles', async () => {
    const { top, first, revokeAdmin } = await topAdmin();
    await buildAccount(t.app, t.db, { role: 'admin', place: top }); // not the last admin: still refused
    expectError(await revokeAdmin(first.id), 403, { code: 'forbidden' });
    expect(json<Wire<typeof MeResponse>>(await first.agent.get('/api/auth/me')).grants).toHaveLength(1);
  });

  it('does not let an admin grant roles to their own account, and says so in its abilities', async () => {
    const { top, first } = await topAdmin();
    const other = await buildAccount(t.app, t.db, { role: 'member', place: top });
    expectError(await grant(first.agent, first.id, top, 'liaison'), 403, { code: 'forbidden' });
    expect(json<Wire<typeof MeResponse>>(await first.agent.get('/api/auth/me')).grants).toHaveLength(1);
    const own = json<Account>(await first.agent.get(`/api/accounts/${first.id}`));
    expect(own.abilities).toEqual({ manage: true, grant: false });
    const theirs = json<Account>(await first.agent.get(`/api/accounts/${other.id}`));
    expect(theirs.abilities).toEqual({ manage: true, grant: true });
  });

  /** Active admin grants left at a place. */
  const activeAdminsAt = async (placeId: string) =>
    (
      await t.db
        .select()
        .from(grants)
        .innerJoin(accounts, eq(accounts.id, grants.accountId))
        .where(and(eq(grants.placeId, placeId), eq(grants.role, 'admin'), eq(accounts.isDisabled, false)))
    ).length;

  it('lets only one of two top-level admins revoking each other at once succeed', async () => {
    for (let round = 0; round < 4; round++) {
      const { top, first } = await topAdmin();
      const second = await buildAccount(t.app, t.db, { role: 'admin', place: top });
      const secondGrant = json<Account>(await first.agent.get(`/api/accounts/${second.id}`)).grants[0]?.id;
      const firstGrant = json<Account>(await second.agent.get(`/api/accounts/${first.id}`)).grants[0]?.id;
      const results = await Promise.all([
        first.agent.delete(`/api/accounts/${second.id}/grants/${secondGrant}`),
        second.agent.delete(`/api/accounts/${first.id}/grants/${firstGrant}`),
      ]);
      expect(results.map((r) => r.statusCode).filter((c) => c === 200)).toHaveLength(1);
      expect(await activeAdminsAt(top.id)).toBe(1);
    }
  });

  it('lets only one of two top-level admins disabling each other at once succeed', async () => {
    for (let round = 0; round < 4; round++) {
      const { top, first } = await topAdmin();
      const second = await buildAccount(t.app, t.db, { role: 'admin', place: top });
      const results = await Promise.all([
        first.agent.patch(`/api/accounts/${second.id}`, { isDisabled: true }),
        second.agent.patch(`/api/accounts/${first.id}`, { isDisabled: true }),
      ]);
      expect(results.map((r) => r.statusCode).filter((c) => c === 200)).toHaveLength(1);
      expect(await activeAdminsAt(top.id)).toBe(1);
    }
  });

  it('lets a disabled second top-level admin’s role be taken back while an active admin remains', async () => {
    const { top, first, revokeAdmin } = await topAdmin();
    const second = await buildAccount(t.app, t.db, { role: 'admin', place: top });
    await first.agent.patch(`/api/accounts/${second.id}`, { isDisabled: true });
    expect((await revokeAdmin(second.id)).statusCode).toBe(200);
  });
});
