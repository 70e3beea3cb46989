import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import {
  create,
  created,
  fieldsOf,
  type GroupDetail,
  type GroupList,
  type GroupScene,
  groupName,
  groupScene,
  NO_SUCH,
} from './testing';

let t: TestApp;
let s: GroupScene;
let anonymous: Agent;
const codeOf = (body: string) => (JSON.parse(body) as Wire<typeof ErrorBody>).code;
const url = (id: string, rest = '') => `/api/member-groups/${id}${rest}`;

beforeAll(async () => {
  t = await startTestApp();
  s = await groupScene(t);
  anonymous = new Agent(t.app);
});

describe('POST /api/member-groups', () => {
  it('lets the office create a committee kept at the district', async () => {
    const name = groupName('提案委员会');
    const g = await created(s.cppcc.agent, { kind: 'committee', name: `  ${name} `, placeId: s.tree.district.id });
    expect(g).toMatchObject({
      kind: 'committee',
      name,
      place: { id: s.tree.district.id, kind: 'district' },
      sector: null,
      councilPlace: null,
      pairedGroup: null,
      memberCount: 0,
      members: [],
      composition: { lead: 0, liaison: 0, member: 0, issues: [] },
      consultationYears: [],
      archivedAt: null,
      abilities: { manage: true },
    });
  });

  it('creates a 界别组 with its sector, and fixed members of a council beneath the keeping place', async () => {
    const sector = await created(s.cppcc.agent, {
      kind: 'sector',
      name: groupName('经济界别组'),
      placeId: s.tree.district.id,
      sector: 'economy',
    });
    expect(sector.sector).toBe('economy');
    const council = await created(s.liaison.agent, {
      kind: 'council',
      name: groupName('固定成员'),
      placeId: s.tree.townA.id,
      councilPlaceId: s.tree.villageA.id,
    });
    expect(council).toMatchObject({
      councilPlace: { id: s.tree.villageA.id, kind: 'village' },
      abilities: { manage: true },
    });
  });

  it('pairs a 区直组 with a 镇街组 both ways at once', async () => {
    const local = await created(s.cppcc.agent, {
      kind: 'local_group',
      name: groupName('镇街组'),
      placeId: s.tree.townA.id,
    });
    const district = await created(s.cppcc.agent, {
      kind: 'district_group',
      name: groupName('区直组'),
      placeId: s.tree.district.id,
      pairedGroupId: local.id,
    });
    expect(district.pairedGroup).toEqual({ id: local.id, name: local.name });
    expect(json<GroupDetail>(await s.cppcc.agent.get(url(local.id))).pairedGroup).toEqual({
      id: district.id,
      name: district.name,
    });
  });

  it('answers 401, 404 for a place of another region or none, 403 to roles that do not keep the kind', async () => {
    const body = { kind: 'committee' as const, name: groupName(), placeId: s.tree.district.id };
    expect((await create(anonymous, body)).statusCode).toBe(401);
    expect((await create(s.cppccB.agent, body)).statusCode).toBe(404);
    expect((await create(s.cppcc.agent, { ...body, placeId: NO_SUCH })).statusCode).toBe(404);
    // a liaison keeps councils' fixed members only; an administrator and a department no groups at all
    for (const who of [s.leader, s.admin, s.department]) expect((await create(who.agent, body)).statusCode).toBe(403);
    for (const who of [s.liaison, s.member])
      expect((await create(who.agent, { ...body, placeId: s.tree.townA.id })).statusCode).toBe(403);
  });

  it('answers 400 field by field', async () => {
    const base = { kind: 'committee' as const, name: groupName(), placeId: s.tree.district.id };
    const cases: [Record<string, unknown>, string[]][] = [
      [{}, ['kind', 'name', 'placeId']],
      [{ ...base, kind: 'club' }, ['kind']],
      [{ ...base, name: '委' }, ['name']],
      [{ ...base, name: 'x'.repeat(41) }, ['name']],
      [{ ...base, placeId: 'x' }, ['placeId']],
      [{ ...base, sector: 'economy' }, ['sector']],
      [{ ...base, councilPlaceId: s.tree.villageA.id }, ['councilPlaceId']],
      [{ ...base, pairedGroupId: NO_SUCH }, ['pairedGroupId']],
      [{ ...base, kind: 'sector' }, ['sector']],
      [{ ...base, kind: 'sector', sector: 'astrology' }, ['sector']],
      [{ ...base, kind: 'council' }, ['councilPlaceId']],
      [{ ...base, kind: 'council', councilPlaceId: 'x' }, ['councilPlaceId']],
    ];
    for (const [body, fields] of cases) {
      const res = await create(s.cppcc.agent, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(res.body), JSON.stringify(body)).toEqual(fields);
    }
  });

  it('keeps each kind where it belongs and a council’s fixed members with a council beneath the place', async () => {
    const name = groupName();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ kind: 'activity', placeId: s.tree.townA.id }, 'member_group_place_kind', 'placeId'],
      [{ kind: 'district_group', placeId: s.tree.townA.id }, 'member_group_place_kind', 'placeId'],
      [{ kind: 'local_group', placeId: s.tree.villageA.id }, 'member_group_place_kind', 'placeId'],
      // community B has no council; village A does, but lies outside township B
      [
        { kind: 'council', placeId: s.tree.townB.id, councilPlaceId: s.tree.villageB.id },
        'member_group_council_place',
        'councilPlaceId',
      ],
      [
        { kind: 'council', placeId: s.tree.townB.id, councilPlaceId: s.tree.villageA.id },
        'member_group_council_place',
        'councilPlaceId',
      ],
    ];
    for (const [body, code, field] of cases) {
      const res = await create(s.cppcc.agent, { name, ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(codeOf(res.body)).toBe(code);
      expect(fieldsOf(res.body)).toEqual([field]);
    }
    // a council of another region is not there at all
    const away = await create(s.cppcc.agent, {
      kind: 'council',
      name,
      placeId: s.tree.district.id,
      councilPlaceId: s.other.villageA.id,
    });
    expect(away.statusCode).toBe(404);
  });

  it('pairs only a 区直组 with a 镇街组, one with one (400, 404, 409)', async () => {
    const committee = await created(s.cppcc.agent, {
      kind: 'committee',
      name: groupName(),
      placeId: s.tree.district.id,
    });
    const district = await created(s.cppcc.agent, {
      kind: 'district_group',
      name: groupName(),
      placeId: s.tree.district.id,
    });
    const local = await created(s.cppcc.agent, { kind: 'local_group', name: groupName(), placeId: s.tree.townB.id });
    const wrong = await create(s.cppcc.agent, {
      kind: 'local_group',
      name: groupName(),
      placeId: s.tree.townA.id,
      pairedGroupId: committee.id,
    });
    expect(wrong.statusCode).toBe(400);
    expect(codeOf(wrong.body)).toBe('member_group_pair_kind');
    const sameKind = await create(s.cppcc.agent, {
      kind: 'local_group',
      name: groupName(),
      placeId: s.tree.townA.id,
      pairedGroupId: local.id,
    });
    expect(sameKind.statusCode).toBe(400);
    const stranger = await created(s.cppccB.agent, {
      kind: 'district_group',
      name: groupName(),
      placeId: s.other.district.id,
    });
    const away = await create(s.cppcc.agent, {
      kind: 'local_group',
      name: groupName(),
      placeId: s.tree.townA.id,
      pairedGroupId: stranger.id,
    });
    expect(away.statusCode).toBe(404);
    await created(s.cppcc.agent, {
      kind: 'local_group',
      name: groupName(),
      placeId: s.tree.townA.id,
      pairedGroupId: district.id,
    });
    const taken = await create(s.cppcc.agent, {
      kind: 'local_group',
      name: groupName(),
      placeId: s.tree.townB.id,
      pairedGroupId: district.id,
    });
    expect(taken.statusCode).toBe(409);
    expect(codeOf(taken.body)).toBe('member_group_paired_elsewhere');
    expect(json<GroupDetail>(await s.cppcc.agent.get(url(local.id))).pairedGroup).toBeNull();
  });

  it('answers 409 for a name already kept at the place, free again once that group is archived', async () => {
    const body = { kind: 'committee' as const, name: groupName('文史委'), placeId: s.tree.district.id };
    const first = await created(s.cppcc.agent, body);
    const again = await create(s.cppcc.agent, { ...body, kind: 'sector', sector: 'arts' });
    expect(again.statusCode).toBe(409);
    expect(json<Wire<typeof ErrorBody>>(again)).toMatchObject({ code: 'member_group_name_taken', field: 'name' });
    // the same name elsewhere is fine
    await created(s.cppcc.agent, { ...body, placeId: s.tree.townA.id });
    expect((await s.cppcc.agent.post(url(first.id, '/archive'))).statusCode).toBe(200);
    await created(s.cppcc.agent, body);
  });
});

describe('GET /api/member-groups', () => {
  it('lists the groups in reach by kind and name with counts and leads, and what the viewer may create', async () => {
    const name = groupName('社会和法制委员会');
    const g = await created(s.cppcc.agent, { kind: 'committee', name, placeId: s.tree.district.id });
    await s.cppcc.agent.post(url(g.id, '/members'), { accountId: s.members[0]?.id, position: 'lead' });
    await s.cppcc.agent.post(url(g.id, '/members'), { accountId: s.members[1]?.id });
    const res = await s.cppcc.agent.get(`/api/member-groups?q=${encodeURIComponent(name)}`);
    expect(res.statusCode, res.body).toBe(200);
    const list = json<GroupList>(res);
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 20, abilities: { create: true, createCouncil: true } });
    expect(list.items[0]).toMatchObject({
      id: g.id,
      memberCount: 2,
      leads: [{ id: s.members[0]?.id, displayName: '王海燕' }],
    });
    const liaison = json<GroupList>(await s.liaison.agent.get('/api/member-groups'));
    expect(liaison.abilities).toEqual({ create: false, createCouncil: true });
  });

  it('filters by kind and place; the archived ones on their own', async () => {
    const a = await created(s.cppcc.agent, { kind: 'activity', name: groupName('1+2+N'), placeId: s.tree.villageA.id });
    const b = await created(s.cppcc.agent, { kind: 'activity', name: groupName('1+2+N'), placeId: s.tree.villageB.id });
    const inA = json<GroupList>(await s.cppcc.agent.get(`/api/member-groups?kind=activity&placeId=${s.tree.townA.id}`));
    expect(inA.items.map((g) => g.id)).toContain(a.id);
    expect(inA.items.map((g) => g.id)).not.toContain(b.id);
    expect(inA.items.every((g) => g.kind === 'activity')).toBe(true);
    await s.cppcc.agent.post(url(b.id, '/archive'));
    const live = json<GroupList>(await s.cppcc.agent.get('/api/member-groups?kind=activity&pageSize=100'));
    expect(live.items.map((g) => g.id)).not.toContain(b.id);
    const archived = json<GroupList>(await s.cppcc.agent.get('/api/member-groups?archived=true&pageSize=100'));
    expect(archived.items.map((g) => g.id)).toContain(b.id);
    expect(archived.items.every((g) => g.archivedAt !== null)).toBe(true);
  });

  it('shows a township liaison and member the groups of their township, and a member the groups they are in', async () => {
    const district = await created(s.cppcc.agent, {
      kind: 'committee',
      name: groupName(),
      placeId: s.tree.district.id,
    });
    const local = await created(s.cppcc.agent, { kind: 'local_group', name: groupName(), placeId: s.tree.townA.id });
    const ids = async (who: Agent) =>
      json<GroupList>(await who.get('/api/member-groups?pageSize=100')).items.map((g) => g.id);
    expect(await ids(s.liaison.agent)).toContain(local.id);
    expect(await ids(s.liaison.agent)).not.toContain(district.id);
    expect(await ids(s.member.agent)).not.toContain(district.id);
    await s.cppcc.agent.post(url(district.id, '/members'), { accountId: s.member.id });
    expect(await ids(s.member.agent)).toContain(district.id);
    expect((await s.member.agent.get(url(district.id))).statusCode).toBe(200);
    expect(await ids(s.leader.agent)).toEqual(expect.arrayContaining([district.id, local.id]));
    expect(await ids(s.cppccB.agent)).not.toContain(local.id);
  });

  it('answers 401, 403 to roles that read no groups, 404 for a place outside the reach, 400 on bad filters', async () => {
    expect((await anonymous.get('/api/member-groups')).statusCode).toBe(401);
    for (const who of [s.admin, s.department]) expect((await who.agent.get('/api/member-groups')).statusCode).toBe(403);
    expect((await s.cppcc.agent.get(`/api/member-groups?placeId=${s.other.district.id}`)).statusCode).toBe(404);
    expect((await s.liaison.agent.get(`/api/member-groups?placeId=${s.tree.townB.id}`)).statusCode).toBe(404);
    for (const q of ['kind=club', 'placeId=x', 'archived=yes', 'page=0', 'pageSize=101']) {
      const res = await s.cppcc.agent.get(`/api/member-groups?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(fieldsOf(res.body), q).toEqual([q.split('=')[0]]);
    }
  });
});

describe('GET /api/member-groups/:id', () => {
  it('answers 401, 404 to another region and for no such group, 400 on a bad id; leaders read without managing', async () => {
    const g = await created(s.cppcc.agent, { kind: 'committee', name: groupName(), placeId: s.tree.district.id });
    expect((await anonymous.get(url(g.id))).statusCode).toBe(401);
    expect((await s.cppccB.agent.get(url(g.id))).statusCode).toBe(404);
    expect((await s.liaison.agent.get(url(g.id))).statusCode).toBe(404);
    expect((await s.department.agent.get(url(g.id))).statusCode).toBe(404);
    expect((await s.cppcc.agent.get(url(NO_SUCH))).statusCode).toBe(404);
    expect((await s.cppcc.agent.get(url('x'))).statusCode).toBe(400);
    expect(json<GroupDetail>(await s.leader.agent.get(url(g.id))).abilities).toEqual({ manage: false });
  });
});

describe('PATCH /api/member-groups/:id', () => {
  it('renames a group and changes a 界别组’s sector', async () => {
    const g = await created(s.cppcc.agent, {
      kind: 'sector',
      name: groupName(),
      placeId: s.tree.district.id,
      sector: 'education',
    });
    const name = groupName('教育界别组');
    const res = await s.cppcc.agent.patch(url(g.id), { name, sector: 'medicine' });
    expect(res.statusCode, res.body).toBe(200);
    expect(json<GroupDetail>(res)).toMatchObject({ name, sector: 'medicine' });
  });

  it('lets a liaison rename its council’s fixed members, and refuses a council place without a council', async () => {
    const g = await created(s.liaison.agent, {
      kind: 'council',
      name: groupName(),
      placeId: s.tree.townA.id,
      councilPlaceId: s.tree.villageA.id,
    });
    const bad = await s.liaison.agent.patch(url(g.id), { councilPlaceId: s.tree.townA.id });
    expect(bad.statusCode).toBe(400);
    expect(codeOf(bad.body)).toBe('member_group_council_place');
    expect((await s.liaison.agent.patch(url(g.id), { name: groupName('柳塘村议事会固定成员') })).statusCode).toBe(200);
  });

  it('pairs, re-pairs (freeing the former pair) and unpairs', async () => {
    const d = await created(s.cppcc.agent, { kind: 'district_group', name: groupName(), placeId: s.tree.district.id });
    const l1 = await created(s.cppcc.agent, { kind: 'local_group', name: groupName(), placeId: s.tree.townA.id });
    const l2 = await created(s.cppcc.agent, { kind: 'local_group', name: groupName(), placeId: s.tree.townB.id });
    const pairOf = async (id: string) => json<GroupDetail>(await s.cppcc.agent.get(url(id))).pairedGroup?.id ?? null;
    expect((await s.cppcc.agent.patch(url(d.id), { pairedGroupId: l1.id })).statusCode).toBe(200);
    expect([await pairOf(d.id), await pairOf(l1.id)]).toEqual([l1.id, d.id]);
    expect((await s.cppcc.agent.patch(url(l2.id), { pairedGroupId: d.id })).statusCode).toBe(409);
    expect((await s.cppcc.agent.patch(url(d.id), { pairedGroupId: l2.id })).statusCode).toBe(200);
    expect([await pairOf(d.id), await pairOf(l1.id), await pairOf(l2.id)]).toEqual([l2.id, null, d.id]);
    expect((await s.cppcc.agent.patch(url(l2.id), { pairedGroupId: null })).statusCode).toBe(200);
    expect([await pairOf(d.id), await pairOf(l2.id)]).toEqual([null, null]);
  });

  it('answers 401, 404, 403, 400 by field, 409 for a taken name and once archived', async () => {
    const g = await created(s.cppcc.agent, { kind: 'committee', name: groupName(), placeId: s.tree.district.id });
    const other = await created(s.cppcc.agent, { kind: 'committee', name: groupName(), placeId: s.tree.district.id });
    expect((await anonymous.patch(url(g.id), { name: groupName() })).statusCode).toBe(401);
    expect((await s.cppccB.agent.patch(url(g.id), { name: groupName() })).statusCode).toBe(404);
    expect((await s.leader.agent.patch(url(g.id), { name: groupName() })).statusCode).toBe(403);
    const council = await created(s.cppcc.agent, {
      kind: 'committee',
      name: groupName(),
      placeId: s.tree.townA.id,
    });
    // a liaison keeps councils' fixed members, not committees
    expect((await s.liaison.agent.patch(url(council.id), { name: groupName() })).statusCode).toBe(403);
    for (const [body, fields] of [
      [{ name: 'x' }, ['name']],
      [{ sector: 'economy' }, ['sector']],
      [{ councilPlaceId: s.tree.villageA.id }, ['councilPlaceId']],
      [{ pairedGroupId: other.id }, ['pairedGroupId']],
      [{ pairedGroupId: 'x' }, ['pairedGroupId']],
    ] as const) {
      const res = await s.cppcc.agent.patch(url(g.id), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    }
    const taken = await s.cppcc.agent.patch(url(g.id), { name: other.name });
    expect(taken.statusCode).toBe(409);
    expect(codeOf(taken.body)).toBe('member_group_name_taken');
    await s.cppcc.agent.post(url(g.id, '/archive'));
    const archived = await s.cppcc.agent.patch(url(g.id), { name: groupName() });
    expect(archived.statusCode).toBe(409);
    expect(codeOf(archived.body)).toBe('member_group_archived');
  });
});

describe('POST /api/member-groups/:id/archive', () => {
  it('archives a group, frees its pair, and refuses twice (409)', async () => {
    const d = await created(s.cppcc.agent, { kind: 'district_group', name: groupName(), placeId: s.tree.district.id });
    const l = await created(s.cppcc.agent, {
      kind: 'local_group',
      name: groupName(),
      placeId: s.tree.townA.id,
      pairedGroupId: d.id,
    });
    const res = await s.cppcc.agent.post(url(d.id, '/archive'));
    expect(res.statusCode, res.body).toBe(200);
    expect(json<GroupDetail>(res)).toMatchObject({ pairedGroup: null, abilities: { manage: false } });
    expect(json<GroupDetail>(res).archivedAt).not.toBeNull();
    expect(json<GroupDetail>(await s.cppcc.agent.get(url(l.id))).pairedGroup).toBeNull();
    const again = await s.cppcc.agent.post(url(d.id, '/archive'));
    expect(again.statusCode).toBe(409);
    expect(codeOf(again.body)).toBe('member_group_archived');
    // an archived group cannot be paired with
    expect((await s.cppcc.agent.patch(url(l.id), { pairedGroupId: d.id })).statusCode).toBe(409);
  });

  it('answers 401, 404, 403 (a liaison may archive its councils’ fixed members only)', async () => {
    const g = await created(s.cppcc.agent, { kind: 'local_group', name: groupName(), placeId: s.tree.townA.id });
    expect((await anonymous.post(url(g.id, '/archive'))).statusCode).toBe(401);
    expect((await s.cppccB.agent.post(url(g.id, '/archive'))).statusCode).toBe(404);
    expect((await s.cppcc.agent.post(url(NO_SUCH, '/archive'))).statusCode).toBe(404);
    for (const who of [s.liaison, s.member, s.leader])
      expect((await who.agent.post(url(g.id, '/archive'))).statusCode).toBe(403);
    const council = await created(s.cppcc.agent, {
      kind: 'council',
      name: groupName(),
      placeId: s.tree.townA.id,
      councilPlaceId: s.tree.villageA.id,
    });
    expect((await s.liaison.agent.post(url(council.id, '/archive'))).statusCode).toBe(200);
  });
});
