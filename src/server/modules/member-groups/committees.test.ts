import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { GroupConsultations, Organisers } from '../../../shared/api/member-groups';
import { consultations } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { buildConsultation, withCouncil } from '../consultations/testing';
import { added, created, fieldsOf, type GroupDetail, type GroupScene, groupName, groupScene, NO_SUCH } from './testing';

let t: TestApp;
let s: GroupScene;
let anonymous: Agent;
const url = (id: string, rest = '') => `/api/member-groups/${id}${rest}`;

beforeAll(async () => {
  t = await startTestApp();
  s = await groupScene(t);
  anonymous = new Agent(t.app);
});

/** A consultation at `place` starting at `startsAt`, organised by the group. */
async function organised(groupId: string, place: { id: string }, startsAt: string) {
  const c = await buildConsultation(t.db, { place, startsAt: new Date(startsAt) });
  await t.db.update(consultations).set({ groupId }).where(eq(consultations.id, c.consultationId));
  return c;
}

describe('a committee’s consultations per year', () => {
  it('counts them per year in the deployment’s calendar, newest year first, and lists a year’s in date order', async () => {
    const g = await created(s.cppcc.agent, {
      kind: 'committee',
      name: groupName('经济委员会'),
      placeId: s.tree.district.id,
    });
    await withCouncil(t.db, s.tree.villageB);
    const a = await organised(g.id, s.tree.villageA, '2026-03-10T02:00:00Z');
    // 2025-12-31 17:00 UTC is already 1 January 2026 in Beijing
    const b = await organised(g.id, s.tree.villageB, '2025-12-31T17:00:00Z');
    const c = await organised(g.id, s.tree.villageA, '2025-06-01T02:00:00Z');
    await buildConsultation(t.db, { place: s.tree.villageA, startsAt: new Date('2026-05-01T02:00:00Z') }); // no committee
    const page = json<GroupDetail>(await s.leader.agent.get(url(g.id)));
    expect(page.consultationYears).toEqual([
      { year: 2026, count: 2 },
      { year: 2025, count: 1 },
    ]);
    const res = await s.leader.agent.get(url(g.id, '/consultations?year=2026'));
    expect(res.statusCode, res.body).toBe(200);
    const list = json<Wire<typeof GroupConsultations>>(res);
    expect(list.year).toBe(2026);
    expect(list.items.map((i) => i.id)).toEqual([b.consultationId, a.consultationId]);
    expect(list.items[1]).toMatchObject({ code: a.code, status: 'scheduled', place: { id: s.tree.villageA.id } });
    const older = json<Wire<typeof GroupConsultations>>(
      await s.leader.agent.get(url(g.id, '/consultations?year=2025')),
    );
    expect(older.items.map((i) => i.id)).toEqual([c.consultationId]);
  });

  it('counts for each viewer only the consultations they can see', async () => {
    const g = await created(s.cppcc.agent, { kind: 'committee', name: groupName(), placeId: s.tree.district.id });
    await withCouncil(t.db, s.tree.villageB);
    await organised(g.id, s.tree.villageA, '2026-04-01T02:00:00Z');
    await organised(g.id, s.tree.villageB, '2026-04-02T02:00:00Z');
    await added(s.cppcc.agent, g.id, s.member.id); // a member of township A, in the committee
    expect(json<GroupDetail>(await s.member.agent.get(url(g.id))).consultationYears).toEqual([
      { year: 2026, count: 1 },
    ]);
    expect(json<GroupDetail>(await s.leader.agent.get(url(g.id))).consultationYears).toEqual([
      { year: 2026, count: 2 },
    ]);
  });

  it('answers 401, 404 to another region, 400 without a year', async () => {
    const g = await created(s.cppcc.agent, { kind: 'committee', name: groupName(), placeId: s.tree.district.id });
    expect((await anonymous.get(url(g.id, '/consultations?year=2026'))).statusCode).toBe(401);
    expect((await s.cppccB.agent.get(url(g.id, '/consultations?year=2026'))).statusCode).toBe(404);
    expect((await s.leader.agent.get(url(NO_SUCH, '/consultations?year=2026'))).statusCode).toBe(404);
    for (const q of ['', '?year=x', '?year=1999']) {
      const res = await s.leader.agent.get(url(g.id, `/consultations${q}`));
      expect(res.statusCode, q).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['year']);
    }
  });
});

describe('GET /api/member-groups/organisers', () => {
  it('offers the live committees kept at the place or above it', async () => {
    const district = await created(s.cppcc.agent, {
      kind: 'committee',
      name: groupName(),
      placeId: s.tree.district.id,
    });
    const town = await created(s.cppcc.agent, { kind: 'committee', name: groupName(), placeId: s.tree.townA.id });
    const gone = await created(s.cppcc.agent, { kind: 'committee', name: groupName(), placeId: s.tree.district.id });
    await s.cppcc.agent.post(url(gone.id, '/archive'));
    const sector = await created(s.cppcc.agent, {
      kind: 'sector',
      name: groupName(),
      placeId: s.tree.district.id,
      sector: 'arts',
    });
    const at = async (by: Agent, placeId: string) => {
      const res = await by.get(`/api/member-groups/organisers?placeId=${placeId}`);
      expect(res.statusCode, res.body).toBe(200);
      return json<Wire<typeof Organisers>>(res).items.map((i) => i.id);
    };
    // a township liaison is offered the district's committees too, though it does not keep them
    const inVillageA = await at(s.liaison.agent, s.tree.villageA.id);
    expect(inVillageA).toEqual(expect.arrayContaining([district.id, town.id]));
    expect(inVillageA).not.toContain(gone.id);
    expect(inVillageA).not.toContain(sector.id);
    const inTownB = await at(s.liaisonB.agent, s.tree.villageB.id);
    expect(inTownB).toContain(district.id);
    expect(inTownB).not.toContain(town.id);
  });

  it('answers 401, 403 to roles that read no groups, 404 outside the reach, 400 by field', async () => {
    const q = (placeId: string) => `/api/member-groups/organisers?placeId=${placeId}`;
    expect((await anonymous.get(q(s.tree.villageA.id))).statusCode).toBe(401);
    for (const who of [s.admin, s.department])
      expect((await who.agent.get(q(s.tree.villageA.id))).statusCode).toBe(403);
    expect((await s.liaison.agent.get(q(s.tree.villageB.id))).statusCode).toBe(404);
    expect((await s.cppcc.agent.get(q(NO_SUCH))).statusCode).toBe(404);
    for (const path of ['/api/member-groups/organisers', q('x')]) {
      const res = await s.cppcc.agent.get(path);
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['placeId']);
    }
  });
});
