// The places a member serves (委员下沉): a workstation they belong to, villages and communities
// they are assigned to, kept by the CPPCC office within its reach.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import { auditEvents } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { listMembersAt } from '.';
import { addMember, type Member, memberFixture } from './testing';

let t: TestApp;
let f: Awaited<ReturnType<typeof memberFixture>>;
let wang: Awaited<ReturnType<typeof addMember>>;

const anonymous = () => new Agent(t.app);
const add = (agent: Agent, id: string, placeId: string, kind: string) =>
  agent.post(`/api/members/${id}/places`, { placeId, kind });
const remove = (agent: Agent, id: string, kind: string, placeId: string) =>
  agent.delete(`/api/members/${id}/places/${kind}/${placeId}`);
const served = (m: Member) => m.places.map((p) => [p.kind, p.place.id]);

beforeAll(async () => {
  t = await startTestApp();
  f = await memberFixture(t);
  wang = await addMember(f.office, f.tree.townA.id);
});

describe('POST /api/members/:id/places', () => {
  it('401 without a session', async () => {
    expect((await add(anonymous(), wang.id, f.tree.villageA.id, 'assigned')).statusCode).toBe(401);
  });

  it('404 to another region', async () => {
    expect((await add(f.otherOffice, wang.id, f.other.villageA.id, 'assigned')).statusCode).toBe(404);
  });

  it('403 to those who only read the roster', async () => {
    expect((await add(f.liaison, wang.id, f.tree.villageA.id, 'assigned')).statusCode).toBe(403);
    expect((await add(f.leader, wang.id, f.tree.villageA.id, 'assigned')).statusCode).toBe(403);
  });

  it('400 field by field', async () => {
    const res = await f.office.post(`/api/members/${wang.id}/places`, { placeId: 'here', kind: 'visiting' });
    expect(res.statusCode).toBe(400);
    expect((json<Wire<typeof ErrorBody>>(res).fields ?? []).map((x) => x.path).sort()).toEqual(['kind', 'placeId']);
  });

  it('400 on a place outside the office’s reach', async () => {
    const res = await add(f.townOffice, wang.id, f.tree.villageB.id, 'assigned');
    expect(res.statusCode).toBe(400);
    expect(json(res)).toMatchObject({ field: 'placeId' });
  });

  it('400 when the place does not fit: a workstation where there is none, an assignment above a village', async () => {
    const noStation = await add(f.office, wang.id, f.tree.villageA.id, 'workstation');
    expect(noStation.statusCode).toBe(400);
    expect(json(noStation)).toMatchObject({ code: 'member_workstation_place', field: 'placeId' });
    expect(json<{ message: string }>(noStation).message).toContain(f.tree.villageA.name);
    const township = await add(f.office, wang.id, f.tree.townA.id, 'assigned');
    expect(township.statusCode).toBe(400);
    expect(json(township)).toMatchObject({ code: 'member_assigned_place' });
  });

  it('assigns the member to a workstation and to villages and grids; 409 when already there', async () => {
    expect((await add(f.townOffice, wang.id, f.tree.townA.id, 'workstation')).statusCode).toBe(201);
    expect((await add(f.townOffice, wang.id, f.tree.villageA.id, 'assigned')).statusCode).toBe(201);
    const res = await add(f.office, wang.id, f.tree.villageB.id, 'assigned');
    expect(res.statusCode).toBe(201);
    // workstations first, then assignments from the top of the tree down, by name
    const places = served(json<Member>(res));
    expect(places[0]).toEqual(['workstation', f.tree.townA.id]);
    expect(places.slice(1).sort()).toEqual(
      [
        ['assigned', f.tree.villageA.id],
        ['assigned', f.tree.villageB.id],
      ].sort(),
    );
    const again = await add(f.office, wang.id, f.tree.villageA.id, 'assigned');
    expect(again.statusCode).toBe(409);
    expect(json(again)).toMatchObject({ code: 'member_place_exists' });
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, wang.id), eq(auditEvents.action, 'member.place_add')));
    expect(events).toHaveLength(3);
  });

  it('lets other modules list who serves a place', async () => {
    const atVillage = await listMembersAt(t.db, f.tree.villageA.id);
    expect(atVillage).toEqual([
      expect.objectContaining({ id: wang.id, kind: 'assigned', sector: 'agriculture', expertise: ['农技', '水利'] }),
    ]);
    expect(await listMembersAt(t.db, f.tree.townA.id, 'assigned')).toEqual([]);
    expect((await listMembersAt(t.db, f.tree.townA.id, 'workstation')).map((m) => m.id)).toEqual([wang.id]);
  });

  it('shows a village’s liaison the members assigned to it', async () => {
    expect((await f.villageBLiaison.get(`/api/members/${wang.id}`)).statusCode).toBe(200);
  });
});

describe('DELETE /api/members/:id/places/:kind/:placeId', () => {
  it('401 without a session', async () => {
    expect((await remove(anonymous(), wang.id, 'assigned', f.tree.villageA.id)).statusCode).toBe(401);
  });

  it('404 to another region, and for an assignment there is not', async () => {
    expect((await remove(f.otherOffice, wang.id, 'assigned', f.tree.villageA.id)).statusCode).toBe(404);
    expect((await remove(f.office, wang.id, 'workstation', f.tree.villageA.id)).statusCode).toBe(404);
  });

  it('403 to a liaison, and to the township office for another township’s place', async () => {
    expect((await remove(f.liaison, wang.id, 'assigned', f.tree.villageA.id)).statusCode).toBe(403);
    expect((await remove(f.townOffice, wang.id, 'assigned', f.tree.villageB.id)).statusCode).toBe(403);
  });

  it('400 field by field', async () => {
    const res = await f.office.delete(`/api/members/${wang.id}/places/visiting/nowhere`);
    expect(res.statusCode).toBe(400);
    expect((json<Wire<typeof ErrorBody>>(res).fields ?? []).map((x) => x.path).sort()).toEqual(['kind', 'placeId']);
  });

  it('ends the assignment', async () => {
    const res = await remove(f.townOffice, wang.id, 'assigned', f.tree.villageA.id);
    expect(res.statusCode).toBe(200);
    expect(served(json<Member>(res))).toEqual([
      ['workstation', f.tree.townA.id],
      ['assigned', f.tree.villageB.id],
    ]);
    expect(await listMembersAt(t.db, f.tree.villageA.id)).toEqual([]);
  });

  it('an archived member serves nowhere for the others', async () => {
    await f.office.post(`/api/members/${wang.id}/archive`);
    expect(await listMembersAt(t.db, f.tree.villageB.id)).toEqual([]);
    await f.office.post(`/api/members/${wang.id}/restore`);
    expect((await listMembersAt(t.db, f.tree.villageB.id)).map((m) => m.id)).toEqual([wang.id]);
  });
});
