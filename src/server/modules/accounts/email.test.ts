import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountListResponse, AccountResponse } from '../../../shared/api/accounts';
import type { MeResponse } from '../../../shared/api/auth';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

// An admin may set (or clear) the email of an account they manage (PATCH /api/accounts/:id);
// how its notices are mailed stays the person's own choice.
type Account = Wire<typeof AccountResponse>;
type ErrorBody = Wire<typeof ErrorBodySchema>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let townAdmin: Agent;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  townAdmin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.townA })).agent;
});

const staffer = (place = tree.villageA) => buildAccount(t.app, t.db, { role: 'liaison', place });

describe('an account’s email', () => {
  it('is set lower-cased by an admin, shown in the list and to the person, and cleared', async () => {
    const who = await staffer();
    const res = await townAdmin.patch(`/api/accounts/${who.id}`, { email: ' Chen.Li@Example.GOV.cn ' });
    expect(res.statusCode).toBe(200);
    expect(json<Account>(res).email).toBe('chen.li@example.gov.cn');
    const list = json<Wire<typeof AccountListResponse>>(await townAdmin.get(`/api/accounts?q=${who.username}`));
    expect(list.items.map((a) => a.email)).toEqual(['chen.li@example.gov.cn']);
    expect(json<Wire<typeof MeResponse>>(await who.agent.get('/api/auth/me'))).toMatchObject({
      email: 'chen.li@example.gov.cn',
      emailNotices: 'each',
    });

    const cleared = await townAdmin.patch(`/api/accounts/${who.id}`, { email: null });
    expect(json<Account>(cleared).email).toBeNull();
    // left out, it stays as it was
    await townAdmin.patch(`/api/accounts/${who.id}`, { email: 'chen@example.gov.cn' });
    const renamed = await townAdmin.patch(`/api/accounts/${who.id}`, { displayName: '陈立' });
    expect(json<Account>(renamed)).toMatchObject({ displayName: '陈立', email: 'chen@example.gov.cn' });
  });

  it.each([['not-an-address'], ['a@b'], [''], [7]])(
    'refuses %j naming the field, and writes nothing',
    async (email) => {
      const who = await staffer();
      const res = await townAdmin.patch(`/api/accounts/${who.id}`, { email, displayName: '新名字' });
      expect(res.statusCode).toBe(400);
      expect(json<ErrorBody>(res).fields?.map((f) => f.path)).toEqual(['email']);
      const after = json<Account>(await townAdmin.get(`/api/accounts/${who.id}`));
      expect(after).toMatchObject({ email: null, displayName: `liaison ${who.username}` });
    },
  );

  it('answers 401 without a session, 404 for another region, 403 for an account that outranks the admin', async () => {
    const who = await staffer();
    const body = { email: 'x@example.gov.cn' };
    expect((await new Agent(t.app).patch(`/api/accounts/${who.id}`, body)).statusCode).toBe(401);
    const elsewhere = await staffer(tree.villageB);
    expect((await townAdmin.patch(`/api/accounts/${elsewhere.id}`, body)).statusCode).toBe(404);
    // homed in the township's village, but a leader of the whole district
    const district = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
    const boss = await staffer();
    await district.post(`/api/accounts/${boss.id}/grants`, { placeId: tree.district.id, role: 'leader' });
    expect((await townAdmin.patch(`/api/accounts/${boss.id}`, body)).statusCode).toBe(403);
    expect((await district.patch(`/api/accounts/${boss.id}`, body)).statusCode).toBe(200);
    // someone who is no admin does not see accounts at all
    expect((await who.agent.patch(`/api/accounts/${boss.id}`, body)).statusCode).toBe(404);
  });
});
