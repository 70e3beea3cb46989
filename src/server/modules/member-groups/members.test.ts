import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { GroupCandidates } from '../../../shared/api/member-groups';
import { accounts } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import {
  added,
  created,
  fieldsOf,
  type GroupDetail,
  type GroupScene,
  groupName,
  groupScene,
  NO_SUCH,
  plainAccount,
} from './testing';

let t: TestApp;
let s: GroupScene;
let anonymous: Agent;
const codeOf = (body: string) => (JSON.parse(body) as { code: string }).code;
const url = (id: string, rest = '') => `/api/member-groups/${id}${rest}`;
const add = (by: Agent, groupId: string, body: Record<string, unknown>) => by.post(url(groupId, '/members'), body);
const member = (i: number) => s.members[i]?.id as string;

beforeAll(async () => {
  t = await startTestApp();
  s = await groupScene(t);
  anonymous = new Agent(t.app);
});

const committee = () => created(s.cppcc.agent, { kind: 'committee', name: groupName(), placeId: s.tree.district.id });
const activity = () =>
  created(s.cppcc.agent, { kind: 'activity', name: groupName('1+2+N'), placeId: s.tree.villageA.id });

describe('GET /api/member-groups/:id/candidates', () => {
  it('offers members of the district not yet in the group, by name; not other roles or other districts', async () => {
    const g = await committee();
    await added(s.cppcc.agent, g.id, member(0));
    const res = await s.cppcc.agent.get(url(g.id, '/candidates'));
    expect(res.statusCode, res.body).toBe(200);
    const ids = json<Wire<typeof GroupCandidates>>(res).items.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([member(1), member(2), member(3), s.member.id]));
    expect(ids).not.toContain(member(0));
    expect(ids).not.toContain(s.outsider.id);
    expect(ids).not.toContain(s.notMember.id);
    const byName = json<Wire<typeof GroupCandidates>>(await s.cppcc.agent.get(url(g.id, '/candidates?q=孙丽')));
    expect(byName.items).toEqual([
      {
        id: member(2),
        displayName: '孙丽',
        username: expect.any(String),
        sector: null,
        homePlace: { id: s.tree.townB.id, name: s.tree.townB.name },
      },
    ]);
  });

  it('answers 401, 404, 403 to those who read only, 400 on a long search', async () => {
    const g = await committee();
    expect((await anonymous.get(url(g.id, '/candidates'))).statusCode).toBe(401);
    expect((await s.cppccB.agent.get(url(g.id, '/candidates'))).statusCode).toBe(404);
    expect((await s.leader.agent.get(url(g.id, '/candidates'))).statusCode).toBe(403);
    const res = await s.cppcc.agent.get(url(g.id, `/candidates?q=${'x'.repeat(31)}`));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['q']);
  });
});

describe('POST /api/member-groups/:id/members', () => {
  it('adds members at positions: leads first on the page, with their sector and home place', async () => {
    const g = await committee();
    await added(s.cppcc.agent, g.id, member(1));
    const page = await added(s.cppcc.agent, g.id, member(0), 'lead');
    expect(page.members.map((m) => [m.displayName, m.position])).toEqual([
      ['王海燕', 'lead'],
      ['赵立新', 'member'],
    ]);
    expect(page.members[0]).toMatchObject({ homePlace: { id: s.tree.townA.id }, sector: null });
    expect(page).toMatchObject({ memberCount: 2, leads: [{ id: member(0) }], composition: { lead: 1, member: 1 } });
  });

  it('lets a liaison keep its council’s fixed members', async () => {
    const g = await created(s.liaison.agent, {
      kind: 'council',
      name: groupName(),
      placeId: s.tree.townA.id,
      councilPlaceId: s.tree.villageA.id,
    });
    expect((await add(s.liaison.agent, g.id, { accountId: member(0) })).statusCode).toBe(201);
  });

  it('holds a 1+2+N group to one lead and two liaisons (409), and says what it lacks', async () => {
    const g = await activity();
    expect(g.composition.issues).toEqual(['no_lead']);
    await added(s.cppcc.agent, g.id, member(0), 'lead');
    await added(s.cppcc.agent, g.id, member(1), 'liaison');
    const page = await added(s.cppcc.agent, g.id, member(2), 'liaison');
    expect(page.composition).toEqual({ lead: 1, liaison: 2, member: 0, issues: [] });
    const lead = await add(s.cppcc.agent, g.id, { accountId: member(3), position: 'lead' });
    expect(lead.statusCode).toBe(409);
    expect(codeOf(lead.body)).toBe('member_group_lead_taken');
    const liaison = await add(s.cppcc.agent, g.id, { accountId: member(3), position: 'liaison' });
    expect(liaison.statusCode).toBe(409);
    expect(codeOf(liaison.body)).toBe('member_group_liaisons_full');
    expect((await add(s.cppcc.agent, g.id, { accountId: member(3) })).statusCode).toBe(201);
    // other kinds may have several leads (a committee's 主任 and 副主任)
    const c = await committee();
    await added(s.cppcc.agent, c.id, member(0), 'lead');
    expect((await add(s.cppcc.agent, c.id, { accountId: member(1), position: 'lead' })).statusCode).toBe(201);
  });

  it('answers 401, 404, 403, 400 by field and for one who is no member, 409 when already in or archived', async () => {
    const g = await committee();
    const body = { accountId: member(0) };
    expect((await add(anonymous, g.id, body)).statusCode).toBe(401);
    expect((await add(s.cppccB.agent, g.id, body)).statusCode).toBe(404);
    expect((await add(s.cppcc.agent, NO_SUCH, body)).statusCode).toBe(404);
    for (const who of [s.leader]) expect((await add(who.agent, g.id, body)).statusCode).toBe(403);
    const local = await created(s.cppcc.agent, { kind: 'local_group', name: groupName(), placeId: s.tree.townA.id });
    expect((await add(s.liaison.agent, local.id, body)).statusCode).toBe(403);
    expect((await add(s.member.agent, local.id, body)).statusCode).toBe(403);
    for (const [b, fields] of [
      [{}, ['accountId']],
      [{ accountId: 'x' }, ['accountId']],
      [{ accountId: member(0), position: 'chair' }, ['position']],
    ] as const) {
      const res = await add(s.cppcc.agent, g.id, b);
      expect(res.statusCode, JSON.stringify(b)).toBe(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    }
    for (const id of [s.notMember.id, s.outsider.id, NO_SUCH]) {
      const res = await add(s.cppcc.agent, g.id, { accountId: id });
      expect(res.statusCode).toBe(400);
      expect(json<Wire<typeof ErrorBody>>(res)).toMatchObject({ code: 'member_group_not_member' });
      expect(fieldsOf(res.body)).toEqual(['accountId']);
    }
    await added(s.cppcc.agent, g.id, member(0));
    const twice = await add(s.cppcc.agent, g.id, body);
    expect(twice.statusCode).toBe(409);
    expect(codeOf(twice.body)).toBe('member_group_member_exists');
    await s.cppcc.agent.post(url(g.id, '/archive'));
    expect((await add(s.cppcc.agent, g.id, { accountId: member(1) })).statusCode).toBe(409);
  });

  it('refuses a disabled account', async () => {
    const g = await committee();
    const gone = await plainAccount(t.db, s.tree.townA);
    await t.db.update(accounts).set({ isDisabled: true }).where(eq(accounts.id, gone.id));
    expect((await add(s.cppcc.agent, g.id, { accountId: gone.id })).statusCode).toBe(400);
  });
});

describe('PATCH /api/member-groups/:id/members/:accountId', () => {
  it('moves a member to another position, within the 1+2+N limits', async () => {
    const g = await activity();
    await added(s.cppcc.agent, g.id, member(0), 'lead');
    await added(s.cppcc.agent, g.id, member(1));
    const taken = await s.cppcc.agent.patch(url(g.id, `/members/${member(1)}`), { position: 'lead' });
    expect(taken.statusCode).toBe(409);
    expect(codeOf(taken.body)).toBe('member_group_lead_taken');
    expect((await s.cppcc.agent.patch(url(g.id, `/members/${member(0)}`), { position: 'liaison' })).statusCode).toBe(
      200,
    );
    const res = await s.cppcc.agent.patch(url(g.id, `/members/${member(1)}`), { position: 'lead' });
    expect(res.statusCode, res.body).toBe(200);
    expect(json<GroupDetail>(res).members.map((m) => [m.id, m.position])).toEqual([
      [member(1), 'lead'],
      [member(0), 'liaison'],
    ]);
    // the same position again changes nothing
    expect((await s.cppcc.agent.patch(url(g.id, `/members/${member(1)}`), { position: 'lead' })).statusCode).toBe(200);
  });

  it('answers 401, 404 (another region, not in the group), 403, 400', async () => {
    const g = await committee();
    await added(s.cppcc.agent, g.id, member(0));
    const at = url(g.id, `/members/${member(0)}`);
    expect((await anonymous.patch(at, { position: 'lead' })).statusCode).toBe(401);
    expect((await s.cppccB.agent.patch(at, { position: 'lead' })).statusCode).toBe(404);
    expect((await s.cppcc.agent.patch(url(g.id, `/members/${member(1)}`), { position: 'lead' })).statusCode).toBe(404);
    expect((await s.leader.agent.patch(at, { position: 'lead' })).statusCode).toBe(403);
    for (const body of [{}, { position: 'chair' }]) {
      const res = await s.cppcc.agent.patch(at, body);
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['position']);
    }
    expect((await s.cppcc.agent.patch(url(g.id, '/members/x'), { position: 'lead' })).statusCode).toBe(400);
  });
});

describe('DELETE /api/member-groups/:id/members/:accountId', () => {
  it('takes a member out; 401, 404 (another region, not in it), 403, 400', async () => {
    const g = await committee();
    await added(s.cppcc.agent, g.id, member(0));
    const at = url(g.id, `/members/${member(0)}`);
    expect((await anonymous.delete(at)).statusCode).toBe(401);
    expect((await s.cppccB.agent.delete(at)).statusCode).toBe(404);
    expect((await s.leader.agent.delete(at)).statusCode).toBe(403);
    expect((await s.cppcc.agent.delete(url(g.id, '/members/x'))).statusCode).toBe(400);
    const res = await s.cppcc.agent.delete(at);
    expect(res.statusCode, res.body).toBe(200);
    expect(json<GroupDetail>(res)).toMatchObject({ members: [], memberCount: 0 });
    expect((await s.cppcc.agent.delete(at)).statusCode).toBe(404);
  });
});
