// One form, one POST: the account, its optional mobile number and the role it is given, written
// together or not at all.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountResponse } from '../../../shared/api/accounts';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import { accounts } from '../../platform/db/schema';
import { seedAccount } from '../../seed/bootstrap';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type Account = Wire<typeof AccountResponse>;
type Refusal = Wire<typeof ErrorBody>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let districtAdmin: Agent;
let townAdmin: Agent; // admin of township A, and a leader (who reads, not grants) at the district

const uniq = () => randomBytes(3).toString('hex');
const body = (extra: Record<string, unknown> = {}) => ({
  username: `one-${uniq()}`,
  displayName: '王小明',
  password: `Pw-${uniq()}-2025`,
  homePlaceId: tree.villageA.id,
  ...extra,
});
const exists = async (username: string) =>
  (await t.db.select().from(accounts).where(eq(accounts.username, username))).length > 0;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  districtAdmin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
  const username = `town-admin-${uniq()}`;
  await seedAccount(t.db, {
    username,
    displayName: '镇管理员',
    password: 'Town-admin-2025',
    homePlaceId: tree.townA.id,
    roles: [
      { role: 'admin', placeId: tree.townA.id },
      { role: 'leader', placeId: tree.district.id },
    ],
  });
  townAdmin = await Agent.signIn(t.app, username, 'Town-admin-2025', '10.7.0.1');
});

describe('POST /api/accounts with its role', () => {
  it('creates the account, its mobile number and its role in one step, each audited', async () => {
    const sent = body({ mobile: '13812345678', grant: { placeId: tree.villageA.id, role: 'liaison' } });
    const res = await townAdmin.post('/api/accounts', sent);
    expect(res.statusCode).toBe(201);
    const account = json<Account>(res);
    expect(account).toMatchObject({ username: sent.username, mobile: '13812345678' });
    expect(account.grants.map((g) => [g.role, g.place.id])).toEqual([['liaison', tree.villageA.id]]);
    const audit = json<Wire<typeof AuditListResponse>>(
      await districtAdmin.get(`/api/audit?entityId=${account.id}&pageSize=100`),
    );
    expect(audit.items.map((e) => e.action).sort()).toEqual(['account.create', 'grant.create']);
    expect(JSON.stringify(audit.items)).not.toContain(sent.password);
  });

  it('takes the mobile number as optional, and changes or clears it later', async () => {
    const created = json<Account>(await townAdmin.post('/api/accounts', body({ mobile: '' })));
    expect(created.mobile).toBeNull();
    const set = await townAdmin.patch(`/api/accounts/${created.id}`, { mobile: ' 15900001111 ' });
    expect(json<Account>(set).mobile).toBe('15900001111');
    const cleared = await townAdmin.patch(`/api/accounts/${created.id}`, { mobile: null });
    expect(json<Account>(cleared).mobile).toBeNull();
  });

  it('lets two accounts share a number (an office’s duty phone)', async () => {
    for (let i = 0; i < 2; i++) {
      expect((await townAdmin.post('/api/accounts', body({ mobile: '13900000000' }))).statusCode).toBe(201);
    }
  });

  it('answers 401 without a session and 403 to a role that manages no accounts', async () => {
    expect((await new Agent(t.app).post('/api/accounts', body())).statusCode).toBe(401);
    const liaison = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageA });
    const sent = body();
    const res = await liaison.agent.post('/api/accounts', sent);
    expect(res.statusCode).toBe(403);
    expect(await exists(sent.username)).toBe(false);
  });

  it('treats a place in another region as no place (400 on the field), and writes nothing', async () => {
    const onlyTownA = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.townA })).agent;
    const sent = body({ grant: { placeId: tree.villageB.id, role: 'member' } });
    const res = await onlyTownA.post('/api/accounts', sent);
    expect(res.statusCode).toBe(400);
    expect(json(res)).toMatchObject({ code: 'not_found', field: 'grant.placeId', message: '找不到该记录' });
    expect(await exists(sent.username)).toBe(false);
  });

  it('refuses (403) a role at a place the admin sees but does not administer, and writes nothing', async () => {
    const sent = body({ grant: { placeId: tree.district.id, role: 'member' } });
    const res = await townAdmin.post('/api/accounts', sent);
    expect(res.statusCode).toBe(403);
    expect(await exists(sent.username)).toBe(false); // not the account without its role either
  });

  it('names each wrong field', async () => {
    const res = await townAdmin.post(
      '/api/accounts',
      body({ username: 'x', mobile: '12345678901', grant: { placeId: tree.villageA.id, role: 'king' } }),
    );
    expect(res.statusCode).toBe(400);
    const fields = json<Refusal>(res).fields ?? [];
    expect(fields.map((f) => f.path).sort()).toEqual(['grant.role', 'mobile', 'username']);
    expect(fields.find((f) => f.path === 'mobile')?.message).toBe('请输入 11 位手机号码');
    const patched = await districtAdmin.patch(`/api/accounts/${randomUUID()}`, { mobile: '1381234' });
    expect(json<Refusal>(patched).fields).toEqual([{ path: 'mobile', message: '请输入 11 位手机号码' }]);
  });
});

const randomUUID = () => crypto.randomUUID();
