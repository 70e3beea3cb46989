import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountResponse } from '../../../shared/api/accounts';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { MeResponse } from '../../../shared/api/auth';
import type { Challenge, ChallengeErrorBody, Wire } from '../../../shared/api/common';
import type { PlaceResponse } from '../../../shared/api/places';
import { buildApp } from '../../app';
import { signInThrottle } from '../../platform/db/schema';
import { readChallenges } from '../../testing/challenge-answers';
import { buildAccount, buildTree, TEST_PASSWORD } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp, testConfig } from '../../testing/harness';

const answerOf = readChallenges();

type Me = Wire<typeof MeResponse>;
type ErrorBody = Wire<typeof ChallengeErrorBody>;

const byte = () => Math.floor(Math.random() * 250) + 1;
// an address of its own per caller, away from the factories' 127.0.x.x, so throttles never collide
const freshIp = () => `10.2.${byte()}.${byte()}`;
const uniq = () => randomBytes(3).toString('hex');

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let districtAdmin: Agent;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  districtAdmin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
});

const member = () => buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageA });
const signIn = (username: string, password: string, ip = freshIp(), headers: Record<string, string> = {}) =>
  new Agent(t.app, {}, ip).post('/api/auth/sign-in', { username, password }, headers);
/** The right answer to the image challenge a refusal asked for. */
const answerTo = (res: Awaited<ReturnType<typeof signIn>>) => {
  const asked = json<ErrorBody>(res).challenge;
  if (!asked) throw new Error(`no challenge asked: ${res.statusCode} ${res.body}`);
  return { id: asked.id, answer: answerOf(asked) };
};
/** Signs in from `ip`, answering the image challenge right whenever it is asked. */
async function signInSolving(username: string, password: string, ip = freshIp()) {
  const res = await signIn(username, password, ip);
  if (!json<ErrorBody>(res).challenge) return res;
  return new Agent(t.app, {}, ip).post('/api/auth/sign-in', { username, password, challenge: answerTo(res) });
}
/** GET /api/auth/me with nothing but this session cookie. */
const meWith = (token: string | undefined) =>
  t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: token ? { sl_session: token } : {} });

describe('signing in', () => {
  it('opens a session: HttpOnly, SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const { username } = await member();
    const res = await signIn(username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(json<Me>(res)).toMatchObject({ username, grants: [{ role: 'liaison', place: { id: tree.villageA.id } }] });
    const session = res.cookies.find((c) => c.name === 'sl_session');
    const csrf = res.cookies.find((c) => c.name === 'sl_csrf');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(csrf?.httpOnly).toBeFalsy();
    expect(csrf).toMatchObject({ sameSite: 'Lax', path: '/' });
    expect(csrf?.value).toMatch(/.{20,}/);
  });

  it('refuses a wrong password in Chinese by default, in English when asked', async () => {
    const { username } = await member();
    const zh = await signIn(username, 'wrong-password-1');
    expect(zh.statusCode).toBe(401);
    expect(json<ErrorBody>(zh)).toEqual({ code: 'invalid_credentials', message: '用户名或密码不正确' });
    const en = await signIn(username, 'wrong-password-1', freshIp(), { 'accept-language': 'en' });
    expect(json<ErrorBody>(en).message).toBe('Wrong username or password');
  });

  it('answers an unknown username exactly like a wrong password', async () => {
    const res = await signIn(`nobody-${uniq()}`, 'whatever-123');
    expect(res.statusCode).toBe(401);
    expect(json<ErrorBody>(res)).toEqual({ code: 'invalid_credentials', message: '用户名或密码不正确' });
  });

  it('asks for the image challenge after three attempts at a username, from any address', async () => {
    const { username } = await member();
    for (let i = 0; i < 3; i++) expect((await signIn(username, `wrong-${i}`)).statusCode).toBe(401);
    const asked = await signIn(username, TEST_PASSWORD);
    expect(asked.statusCode).toBe(429);
    expect(json<ErrorBody>(asked)).toMatchObject({
      code: 'sign_in_challenge_required',
      message: '该账号登录尝试较多，请输入图片中的验证码',
      challenge: { svg: expect.stringMatching(/^<svg/) },
    });
    const ip = freshIp();
    const wrongAnswer = await new Agent(t.app, {}, ip).post('/api/auth/sign-in', {
      username,
      password: TEST_PASSWORD,
      challenge: { id: answerTo(asked).id, answer: 'nope' },
    });
    expect(json<ErrorBody>(wrongAnswer)).toMatchObject({
      code: 'challenge_failed',
      challenge: { svg: expect.any(String) },
    });
    const right = await new Agent(t.app, {}, ip).post('/api/auth/sign-in', {
      username,
      password: TEST_PASSWORD,
      challenge: answerTo(wrongAnswer),
    });
    expect(right.statusCode).toBe(200);
  });

  it('locks one address out after five wrong passwords from it, and never the owner elsewhere', async () => {
    const { username } = await member();
    const attacker = freshIp();
    for (let i = 0; i < 4; i++) expect((await signInSolving(username, `wrong-${i}`, attacker)).statusCode).toBe(401);
    const fifth = await signInSolving(username, 'wrong-4', attacker);
    expect(fifth.statusCode).toBe(423);
    expect(json<ErrorBody>(fifth).message).toBe('从当前网络地址登录该账号已暂停 15 分钟，请稍后再试或联系管理员');
    expect((await signInSolving(username, TEST_PASSWORD, attacker)).statusCode).toBe(423);
    // the owner, from their own address, only has to answer the challenge
    expect((await signInSolving(username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('does not let wrong passwords from many addresses lock the owner out', async () => {
    const { username } = await member();
    for (let i = 0; i < 12; i++) expect([401, 429]).toContain((await signIn(username, `wrong-${i}`)).statusCode);
    expect((await signInSolving(username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('asks the challenge of attempts sent at the same moment, too', async () => {
    const { username } = await member();
    const ip = freshIp();
    const burst = await Promise.all(Array.from({ length: 6 }, (_, i) => signIn(username, `wrong-${i}`, ip)));
    expect(burst.map((r) => r.statusCode).sort()).toEqual([401, 401, 401, 429, 429, 429]);
    expect(json<ErrorBody>(await signIn(username, TEST_PASSWORD, ip)).code).toBe('sign_in_challenge_required');
  });

  it('locks an unknown username alike, after the same tries', async () => {
    const ghost = `nobody-${uniq()}`;
    const ip = freshIp();
    for (let i = 0; i < 4; i++) expect((await signInSolving(ghost, `wrong-${i}`, ip)).statusCode).toBe(401);
    const fifth = await signInSolving(ghost, 'wrong-4', ip);
    expect(fifth.statusCode).toBe(423);
    expect(json<ErrorBody>(fifth).message).toBe('从当前网络地址登录该账号已暂停 15 分钟，请稍后再试或联系管理员');
  });

  it('checks only the first five of a burst from one address, each with its challenge answered, and the fifth locks', async () => {
    const { username } = await member();
    const ip = freshIp();
    const answers = [];
    for (let i = 0; i < 10; i++) {
      const c = json<Wire<typeof Challenge>>(await new Agent(t.app, {}, ip).get('/api/public/challenge'));
      answers.push({ id: c.id, answer: answerOf(c) });
    }
    const burst = await Promise.all(
      answers.map((challenge, i) =>
        new Agent(t.app, {}, ip).post('/api/auth/sign-in', { username, password: `wrong-${i}`, challenge }),
      ),
    );
    const codes = burst.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(4);
    expect(codes.filter((c) => c === 423)).toHaveLength(6);
    expect((await signInSolving(username, TEST_PASSWORD, ip)).statusCode).toBe(423);
  });

  it('forgets wrong passwords once the right one is given', async () => {
    const { username } = await member();
    const ip = freshIp();
    for (let round = 0; round < 2; round++) {
      // three wrong ones and no challenge: the earlier ones were forgotten
      for (let i = 0; i < 3; i++) expect((await signIn(username, `wrong-${i}`, ip)).statusCode).toBe(401);
      expect((await signInSolving(username, TEST_PASSWORD, ip)).statusCode).toBe(200);
    }
  });

  it('refuses a disabled account', async () => {
    const { id, username } = await member();
    await districtAdmin.patch(`/api/accounts/${id}`, { isDisabled: true });
    const res = await signIn(username, TEST_PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(json<ErrorBody>(res).code).toBe('account_disabled');
  });
});

describe('per-address throttle', () => {
  it('answers 429 after 30 failures from one address, and only to that address', async () => {
    const { username } = await member();
    const ip = freshIp();
    for (let i = 0; i < 30; i++) expect((await signIn(`ghost-${uniq()}`, 'x', ip)).statusCode).toBe(401);
    const blocked = await signIn(`ghost-${uniq()}`, 'x', ip);
    expect(blocked.statusCode).toBe(429);
    expect(json<ErrorBody>(blocked).code).toBe('too_many_attempts');
    expect((await signIn(username, TEST_PASSWORD, ip)).statusCode).toBe(429);
    expect((await signIn(username, TEST_PASSWORD, freshIp())).statusCode).toBe(200);
  });

  it('counts failures sent at the same moment, too', async () => {
    const ip = freshIp();
    await Promise.all(Array.from({ length: 40 }, () => signIn(`ghost-${uniq()}`, 'x', ip)));
    expect((await signIn(`ghost-${uniq()}`, 'x', ip)).statusCode).toBe(429);
  });

  it('checks only 30 of a burst of guesses, and refuses the right one arriving while they are checked', async () => {
    const { username } = await member();
    const ip = freshIp();
    // many usernames, so only the address limit stands in the way
    const burst = Promise.all(Array.from({ length: 40 }, () => signIn(`ghost-${uniq()}`, 'x', ip)));
    // the right password comes last: once all 40 have been counted, whether or not checked yet
    const counted = async () => {
      const [row] = await t.db
        .select()
        .from(signInThrottle)
        .where(eq(signInThrottle.key, `ip:${ip}`));
      return row?.failures ?? 0;
    };
    while ((await counted()) < 40) await new Promise((r) => setTimeout(r, 5));
    const right = await signIn(username, TEST_PASSWORD, ip);
    expect(right.statusCode).toBe(429);
    const codes = (await burst).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(30); // checked, and wrong
    expect(codes.filter((c) => c === 429)).toHaveLength(10);
  });

  it('gives the address back the attempt of a right password', async () => {
    const { username } = await member();
    const ip = freshIp();
    for (let i = 0; i < 29; i++) expect((await signIn(`ghost-${uniq()}`, 'x', ip)).statusCode).toBe(401);
    expect((await signIn(username, TEST_PASSWORD, ip)).statusCode).toBe(200);
    expect((await signIn(`ghost-${uniq()}`, 'x', ip)).statusCode).toBe(401);
    expect((await signIn(`ghost-${uniq()}`, 'x', ip)).statusCode).toBe(429);
  });
});

describe('behind a trusted proxy (TRUST_PROXY)', () => {
  it('counts the forwarded client address only when the listed proxy forwards it', async () => {
    const proxy = freshIp();
    const app = await buildApp({
      config: { ...testConfig(), trustProxy: proxy },
      database: t.database,
      serveWeb: false,
    });
    const client = freshIp();
    const attempt = (from: string) =>
      new Agent(app, {}, from).post(
        '/api/auth/sign-in',
        { username: `ghost-${uniq()}`, password: 'x' },
        {
          'x-forwarded-for': client,
        },
      );
    const counted = async (ip: string) =>
      (
        await t.db
          .select()
          .from(signInThrottle)
          .where(eq(signInThrottle.key, `ip:${ip}`))
      )[0]?.failures ?? 0;
    await attempt(proxy);
    expect(await counted(client)).toBe(1);
    expect(await counted(proxy)).toBe(0);
    const stranger = freshIp(); // not the proxy: its X-Forwarded-For is not believed
    await attempt(stranger);
    expect(await counted(client)).toBe(1);
    expect(await counted(stranger)).toBe(1);
    await app.close();
  });
});

describe('the session', () => {
  it('answers 401 to /me without a session and lists roles with one', async () => {
    const res = await meWith(undefined);
    expect(res.statusCode).toBe(401);
    expect(json<ErrorBody>(res).code).toBe('unauthenticated');
    const { agent, username } = await member();
    const me = json<Me>(await agent.get('/api/auth/me'));
    expect(me).toMatchObject({
      username,
      locale: null,
      grants: [{ role: 'liaison', place: { id: tree.villageA.id } }],
    });
  });

  it('refuses a change that does not echo the CSRF token, and changes nothing', async () => {
    const { agent, username } = await member();
    const changes = [
      ['POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Fresh-pass-2025' }],
      ['PATCH', '/api/auth/me', { locale: 'en' }],
    ] as const;
    for (const [method, url, payload] of changes) {
      for (const headers of [{}, { 'x-csrf-token': 'forged-token' }]) {
        const cookies = { sl_session: agent.sessionToken ?? '' };
        const res = await t.app.inject({ method, url, cookies, headers, payload });
        expect(res.statusCode).toBe(403);
        expect(json<ErrorBody>(res).code).toBe('csrf_failed');
      }
    }
    expect(json<Me>(await agent.get('/api/auth/me')).locale).toBeNull();
    expect((await signIn(username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('ends on sign-out: the same cookie no longer works', async () => {
    const { agent } = await member();
    const token = agent.sessionToken;
    expect((await meWith(token)).statusCode).toBe(200);
    expect((await agent.post('/api/auth/sign-out')).statusCode).toBe(204);
    expect((await meWith(token)).statusCode).toBe(401);
  });

  it('lists only roles at live places', async () => {
    const { id, agent } = await member();
    const created = await districtAdmin.post('/api/places', {
      parentId: tree.townA.id,
      kind: 'village',
      name: `村-${uniq()}`,
    });
    const village = json<Wire<typeof PlaceResponse>>(created).id;
    await districtAdmin.post(`/api/accounts/${id}/grants`, { placeId: village, role: 'member' });
    expect(json<Me>(await agent.get('/api/auth/me')).grants.map((g) => g.place.id)).toContain(village);
    expect((await districtAdmin.post(`/api/places/${village}/archive`)).statusCode).toBe(200);
    expect(json<Me>(await agent.get('/api/auth/me')).grants.map((g) => g.place.id)).toEqual([tree.villageA.id]);
  });

  it('remembers the language, audits it, and refuses one it does not know', async () => {
    const { agent, id } = await member();
    const res = await agent.patch('/api/auth/me', { locale: 'en' });
    expect(json<Me>(res).locale).toBe('en');
    expect(json<Me>(await agent.get('/api/auth/me')).locale).toBe('en');
    const audit = await districtAdmin.get(`/api/audit?entityId=${id}&action=account.update_me`);
    expect(json<Wire<typeof AuditListResponse>>(audit).items).toEqual([
      expect.objectContaining({ before: { locale: null }, after: { locale: 'en' } }),
    ]);
    const bad = await agent.patch('/api/auth/me', { locale: 'fr' });
    expect(bad.statusCode).toBe(400);
    expect(json<ErrorBody>(bad).fields?.map((f) => f.path)).toEqual(['locale']);
  });
});

describe('a password set by an admin', () => {
  /** An account the district admin created (it must change its password), signed in. */
  async function freshFromAdmin() {
    const username = `new-${uniq()}`;
    const created = await districtAdmin.post('/api/accounts', {
      username,
      displayName: username,
      password: 'Initial-pass-2025',
      homePlaceId: tree.villageA.id,
    });
    expect(created.statusCode).toBe(201);
    const { id } = json<Wire<typeof AccountResponse>>(created);
    await districtAdmin.post(`/api/accounts/${id}/grants`, { placeId: tree.villageA.id, role: 'admin' });
    return { id, agent: await Agent.signIn(t.app, username, 'Initial-pass-2025', freshIp()) };
  }

  it('must be changed before anything else: every other route answers 403', async () => {
    const { id, agent } = await freshFromAdmin();
    for (const res of [
      await agent.get(`/api/places/${tree.villageA.id}`),
      await agent.get('/api/accounts'),
      await agent.get('/api/audit'),
      await agent.post('/api/places', { parentId: tree.villageA.id, kind: 'grid', name: `g-${uniq()}` }),
      await agent.post(`/api/accounts/${id}/unlock`),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(json<ErrorBody>(res)).toEqual({ code: 'password_change_required', message: '请先修改密码' });
    }
  });

  it('still lets the person see who they are, set their language, change it and sign out', async () => {
    const { agent } = await freshFromAdmin();
    expect(json<Me>(await agent.get('/api/auth/me')).mustChangePassword).toBe(true);
    expect((await agent.patch('/api/auth/me', { locale: 'en' })).statusCode).toBe(200);
    const changed = await agent.post('/api/auth/password', {
      currentPassword: 'Initial-pass-2025',
      newPassword: 'Fresh-pass-2025',
    });
    expect(changed.statusCode).toBe(204);
    expect((await agent.get(`/api/places/${tree.villageA.id}`)).statusCode).toBe(200);
    expect((await agent.post('/api/auth/sign-out')).statusCode).toBe(204);
  });

  it('must really be changed: the same password again is refused and the change stays required', async () => {
    const { agent } = await freshFromAdmin();
    const same = await agent.post('/api/auth/password', {
      currentPassword: 'Initial-pass-2025',
      newPassword: 'Initial-pass-2025',
    });
    expect(same.statusCode).toBe(400);
    expect(json<ErrorBody>(same)).toEqual({
      code: 'password_unchanged',
      message: '新密码不能与当前密码相同',
      field: 'newPassword',
    });
    expect(json<Me>(await agent.get('/api/auth/me')).mustChangePassword).toBe(true);
  });

  it('lets sign-out through before the change, too', async () => {
    const { agent } = await freshFromAdmin();
    const token = agent.sessionToken;
    expect((await agent.post('/api/auth/sign-out')).statusCode).toBe(204);
    expect((await meWith(token)).statusCode).toBe(401);
  });
});

describe('changing one’s own password', () => {
  it('needs the current password', async () => {
    const { agent } = await member();
    const res = await agent.post('/api/auth/password', {
      currentPassword: 'not-it-123',
      newPassword: 'Fresh-pass-2025',
    });
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res)).toMatchObject({ code: 'wrong_password', field: 'currentPassword' });
  });

  it('counts a wrong current password toward the lock of its address, and refuses while locked', async () => {
    const { agent, username } = await member();
    const change = (currentPassword: string) =>
      agent.post('/api/auth/password', { currentPassword, newPassword: 'Fresh-pass-2025' });
    for (let i = 0; i < 4; i++) expect((await change(`not-it-${i}`)).statusCode).toBe(400);
    const fifth = await change('not-it-456');
    expect(fifth.statusCode).toBe(423);
    expect(json<ErrorBody>(fifth).message).toMatch(/15 分钟/);
    expect((await change(TEST_PASSWORD)).statusCode).toBe(423);
    expect((await signIn(username, TEST_PASSWORD, agent.ip)).statusCode).toBe(423);
    expect((await signIn(username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a weak new password, saying which rule it breaks', async () => {
    const { agent } = await member();
    const change = (newPassword: string) =>
      agent.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword }, { 'accept-language': 'en' });
    for (const [newPassword, message] of [
      ['weak', 'At least 10 characters'],
      ['password1234', 'This is a common password that is easy to guess; choose another'],
      ['Shangliang2026', 'This is the published demo password; choose another'],
    ]) {
      const res = await change(newPassword as string);
      expect(res.statusCode).toBe(400);
      expect(json<ErrorBody>(res).fields).toEqual([{ path: 'newPassword', message }]);
    }
  });

  it('refuses the current password as the new one', async () => {
    const { agent } = await member();
    const same = { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD };
    const res = await agent.post('/api/auth/password', same);
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res)).toMatchObject({ code: 'password_unchanged', field: 'newPassword' });
  });

  it('ends the other sessions but keeps this one', async () => {
    const { agent, username } = await member();
    const other = await Agent.signIn(t.app, username, TEST_PASSWORD, freshIp());
    const res = await agent.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Fresh-pass-2025',
    });
    expect(res.statusCode).toBe(204);
    expect(json<Me>(await agent.get('/api/auth/me')).mustChangePassword).toBe(false);
    expect((await other.get('/api/auth/me')).statusCode).toBe(401);
    expect((await signIn(username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(username, 'Fresh-pass-2025')).statusCode).toBe(200);
  });
});
