// The roster's list, adding a member and reading a profile: who may, in which region, with what input.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse } from '../../../shared/api/auth';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import { accounts, auditEvents, grants } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { addMember, type Member, memberBody, memberFixture, memberSession, type Roster } from './testing';

let t: TestApp;
let f: Awaited<ReturnType<typeof memberFixture>>;
let wang: Awaited<ReturnType<typeof addMember>>; // homed at township A, 农业界, 九三学社
let zhou: Awaited<ReturnType<typeof addMember>>; // homed at the district, 医药卫生界, municipal
let far: Awaited<ReturnType<typeof addMember>>; // another district's member

const anonymous = () => new Agent(t.app);
const fields = (res: { body: string }) => (JSON.parse(res.body) as Wire<typeof ErrorBody>).fields?.map((x) => x.path);
const list = async (agent: Agent, query = '') => {
  const res = await agent.get(`/api/members${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return json<Roster>(res);
};
const ids = (r: Roster) => r.items.map((m) => m.id);

beforeAll(async () => {
  t = await startTestApp();
  f = await memberFixture(t);
  wang = await addMember(f.townOffice, f.tree.townA.id, { displayName: '王海燕测试' });
  zhou = await addMember(f.office, f.tree.district.id, {
    displayName: '周明远测试',
    sector: 'medicine',
    level: 'municipal',
    party: 'cpc',
    employer: '青禾区人民医院',
    phone: '',
  });
  far = await addMember(f.otherOffice, f.other.district.id);
  // 周明远 is assigned (下沉) to village B
  const res = await f.office.post(`/api/members/${zhou.id}/places`, { placeId: f.tree.villageB.id, kind: 'assigned' });
  expect(res.statusCode, res.body).toBe(201);
});

describe('GET /api/members', () => {
  it('401 without a session', async () => {
    expect((await anonymous().get('/api/members')).statusCode).toBe(401);
  });

  it('403 for those who keep no roster and read none: admin, member, department', async () => {
    const member = await memberSession(t.app, await addMember(f.otherOffice, f.other.townB.id));
    for (const agent of [f.admin, f.department, member]) {
      expect((await agent.get('/api/members')).statusCode).toBe(403);
    }
  });

  it('400 on a bad filter, field by field', async () => {
    const res = await f.office.get('/api/members?sector=farming&level=village&placeId=x&pageSize=500');
    expect(res.statusCode).toBe(400);
    expect(fields(res)?.sort()).toEqual(['level', 'pageSize', 'placeId', 'sector']);
  });

  it('lists the district’s members for its office, by number, phones masked, with the places they serve', async () => {
    const roster = await list(f.office);
    expect(ids(roster)).toEqual(expect.arrayContaining([wang.id, zhou.id]));
    expect(ids(roster)).not.toContain(far.id); // another region's member is not there
    const w = roster.items.find((m) => m.id === wang.id);
    expect(w).toMatchObject({
      displayName: '王海燕测试',
      homePlace: { id: f.tree.townA.id },
      profile: { sector: 'agriculture', level: 'county', party: 'jiusan', termStart: 2022, termEnd: 2026 },
      phoneMasked: '139****5678',
      places: [],
    });
    expect(JSON.stringify(w)).not.toContain('13912345678');
    const z = roster.items.find((m) => m.id === zhou.id);
    expect(z?.places).toEqual([
      { kind: 'assigned', place: { id: f.tree.villageB.id, name: f.tree.villageB.name, kind: 'community' } },
    ]);
    expect(z?.phoneMasked).toBeNull();
  });

  it('filters by 界别, level, 政治面貌, a name or employer, and a place (home or served beneath it)', async () => {
    expect(ids(await list(f.office, '?sector=medicine'))).toEqual([zhou.id]);
    expect(ids(await list(f.office, '?level=municipal'))).toEqual([zhou.id]);
    expect(ids(await list(f.office, '?party=jiusan'))).toEqual([wang.id]);
    expect(ids(await list(f.office, `?q=${encodeURIComponent('人民医院')}`))).toEqual([zhou.id]);
    expect(ids(await list(f.office, `?q=${encodeURIComponent('王海燕')}`))).toEqual([wang.id]);
    expect(ids(await list(f.office, `?placeId=${f.tree.townA.id}`))).toEqual([wang.id]);
    expect(ids(await list(f.office, `?placeId=${f.tree.townB.id}`))).toEqual([zhou.id]); // serves village B
  });

  it('pages, with the total across pages', async () => {
    const first = await list(f.office, '?pageSize=1');
    expect(first).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    const second = await list(f.office, '?pageSize=1&page=2');
    expect([...ids(first), ...ids(second)].sort()).toEqual([wang.id, zhou.id].sort());
  });

  it('shows a township’s roster to its liaison, and to a village’s liaison the members serving it', async () => {
    expect(ids(await list(f.liaison))).toEqual([wang.id]);
    expect(ids(await list(f.villageBLiaison))).toEqual([zhou.id]);
    expect(ids(await list(f.leader)).sort()).toEqual([wang.id, zhou.id].sort());
    const elsewhere = ids(await list(f.otherOffice));
    expect(elsewhere).toContain(far.id);
    expect(elsewhere).not.toContain(wang.id);
  });
});

describe('POST /api/members', () => {
  it('401 without a session', async () => {
    expect((await anonymous().post('/api/members', memberBody(f.tree.townA.id))).statusCode).toBe(401);
  });

  it('403 for those who read the roster but do not keep it', async () => {
    for (const agent of [f.liaison, f.leader, f.admin]) {
      expect((await agent.post('/api/members', memberBody(f.tree.townA.id))).statusCode).toBe(403);
    }
  });

  it('400 on a home place outside the office’s reach, or in another region', async () => {
    const res = await f.townOffice.post('/api/members', memberBody(f.tree.townB.id));
    expect(res.statusCode).toBe(400);
    expect(json(res)).toMatchObject({ code: 'not_found', field: 'homePlaceId' });
    const elsewhere = await f.office.post('/api/members', memberBody(f.other.townA.id));
    expect(elsewhere.statusCode).toBe(400);
    expect(json(elsewhere)).toMatchObject({ field: 'homePlaceId' });
  });

  it('400 field by field', async () => {
    const res = await f.office.post(
      '/api/members',
      memberBody(f.tree.townA.id, {
        username: 'a b',
        displayName: '  ',
        homePlaceId: 'nowhere',
        memberNo: '委员一号',
        sector: 'farming',
        level: 'village',
        party: 'green',
        gender: 'x',
        termStart: 1900,
        phone: '12345',
        expertise: ['x'.repeat(21)],
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(fields(res)?.sort()).toEqual(
      [
        'displayName',
        'expertise.0',
        'gender',
        'homePlaceId',
        'level',
        'memberNo',
        'party',
        'phone',
        'sector',
        'termStart',
        'username',
      ].sort(),
    );
  });

  it('400 when the term ends before it starts', async () => {
    const res = await f.office.post('/api/members', memberBody(f.tree.townA.id, { termStart: 2026, termEnd: 2022 }));
    expect(res.statusCode).toBe(400);
    expect(json<Wire<typeof ErrorBody>>(res).fields).toEqual([{ path: 'termEnd', message: '届期止不能早于届期起' }]);
  });

  it('409 on a taken username or number', async () => {
    const taken = await f.office.post(
      '/api/members',
      memberBody(f.tree.townA.id, { username: wang.username.toUpperCase() }),
    );
    expect(taken.statusCode).toBe(409);
    expect(json(taken)).toMatchObject({ code: 'username_taken', field: 'username' });
    const number = await f.office.post(
      '/api/members',
      memberBody(f.tree.townA.id, { memberNo: wang.body.memberNo.toLowerCase() }),
    );
    expect(number.statusCode).toBe(409);
    expect(json(number)).toMatchObject({ code: 'member_no_taken', field: 'memberNo' });
  });

  it('makes the account (member at its home, a first password to change), the profile and an audit event', async () => {
    const m = await addMember(f.townOffice, f.tree.villageA.id, { displayName: '李新测试' });
    expect(m).toMatchObject({
      displayName: '李新测试',
      homePlace: { id: f.tree.villageA.id },
      isDisabled: false,
      hasPhone: true,
      phoneMasked: '139****5678',
      abilities: { edit: true, archive: true, restore: false, assign: true, revealPhone: true },
    });
    const held = await t.db
      .select({ role: grants.role, placeId: grants.placeId })
      .from(grants)
      .where(eq(grants.accountId, m.id));
    expect(held).toEqual([{ role: 'member', placeId: f.tree.villageA.id }]);
    const [row] = await t.db.select().from(accounts).where(eq(accounts.id, m.id));
    expect(row?.mustChangePassword).toBe(true);
    // the member signs in with the first password and is asked to change it
    const member = await Agent.signIn(t.app, m.username, m.initialPassword, '10.9.0.2');
    const me = json<Wire<typeof MeResponse>>(await member.get('/api/auth/me'));
    expect(me).toMatchObject({ mustChangePassword: true });
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, m.id), eq(auditEvents.action, 'member.create')));
    expect(event?.placePath).toBe(f.tree.villageA.path);
    expect(JSON.stringify(event?.after)).not.toContain('13912345678');
  });
});

describe('GET /api/members/:id', () => {
  it('401 without a session', async () => {
    expect((await anonymous().get(`/api/members/${wang.id}`)).statusCode).toBe(401);
  });

  it('404 to another region, and to those with no roster (an admin, another member)', async () => {
    expect((await f.otherOffice.get(`/api/members/${wang.id}`)).statusCode).toBe(404);
    expect((await f.admin.get(`/api/members/${wang.id}`)).statusCode).toBe(404);
    const zhouSession = await memberSession(t.app, zhou);
    expect((await zhouSession.get(`/api/members/${wang.id}`)).statusCode).toBe(404);
    // an account that is no member is not a member's page
    expect((await f.office.get(`/api/members/${(await accountOf(f.liaison)).id}`)).statusCode).toBe(404);
  });

  it('400 on a malformed id', async () => {
    const res = await f.office.get('/api/members/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['id']);
  });

  it('shows the office the profile with what it may do; a liaison reads without', async () => {
    const byOffice = json<Member>(await f.office.get(`/api/members/${wang.id}`));
    expect(byOffice.abilities).toEqual({ edit: true, archive: true, restore: false, assign: true, revealPhone: true });
    const byLiaison = json<Member>(await f.liaison.get(`/api/members/${wang.id}`));
    expect(byLiaison).toMatchObject({ displayName: '王海燕测试', profile: { memberNo: wang.body.memberNo } });
    expect(Object.values(byLiaison.abilities).some(Boolean)).toBe(false);
  });

  it('lets a member read their own profile', async () => {
    const own = await Agent.signIn(t.app, wang.username, wang.initialPassword, '10.9.0.4');
    const res = await own.get(`/api/members/${wang.id}`);
    // the first password must be changed before anything else
    expect(res.statusCode).toBe(403);
    expect(json(res)).toMatchObject({ code: 'password_change_required' });
    const changed = await own.post('/api/auth/password', {
      currentPassword: wang.initialPassword,
      newPassword: 'Wang-new-pass-2026',
    });
    expect(changed.statusCode, changed.body).toBeLessThan(300);
    const again = await Agent.signIn(t.app, wang.username, 'Wang-new-pass-2026', '10.9.0.5');
    const mine = json<Member>(await again.get(`/api/members/${wang.id}`));
    expect(mine).toMatchObject({ id: wang.id, profile: { sector: 'agriculture' } });
    expect(Object.values(mine.abilities).some(Boolean)).toBe(false);
    wang.initialPassword = 'Wang-new-pass-2026';
  });
});

async function accountOf(agent: Agent) {
  return json<Wire<typeof MeResponse>>(await agent.get('/api/auth/me'));
}
