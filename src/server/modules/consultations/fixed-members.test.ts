import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/consultations';
import type { MemberGroupKind } from '../../../shared/enums';
import { accounts, auditEvents, memberGroupMembers, memberGroups, notifications } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { plainAccount } from '../member-groups/testing';
import { buildConsultation, makeTopic, withCouncil } from './testing';

type Detail = Wire<typeof Api.ConsultationDetail>;
type Result = Wire<typeof Api.FixedMembersResult>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Awaited<ReturnType<typeof buildAccount>>; // township A: invites
let member: Agent; // township A: reads
let liaisonB: Agent; // another district
let liaisonOfB: Agent; // township B
let anonymous: Agent;
const prefill = (by: Agent, id: string) => by.post(`/api/consultations/${id}/participants/fixed-members`);
const codeOf = (body: string) => (JSON.parse(body) as Wire<typeof ErrorBody>).code;
const uniq = () => Math.random().toString(36).slice(2, 8);

/** A group kept at `place` with its members, written directly. */
async function group(
  place: BuiltPlace,
  kind: MemberGroupKind,
  members: { id: string }[],
  extra: { councilPlaceId?: string; archivedAt?: Date } = {},
) {
  const [row] = await t.db
    .insert(memberGroups)
    .values({
      placeId: place.id,
      kind,
      name: `组${uniq()}`,
      councilPlaceId: extra.councilPlaceId,
      archivedAt: extra.archivedAt,
    })
    .returning({ id: memberGroups.id, name: memberGroups.name });
  const g = row as { id: string; name: string };
  if (members.length > 0)
    await t.db.insert(memberGroupMembers).values(members.map((m) => ({ groupId: g.id, accountId: m.id })));
  return g;
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  await withCouncil(t.db, tree.villageA);
  liaison = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA });
  member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.townA })).agent;
  const other = await buildTree(t.db);
  liaisonB = (await buildAccount(t.app, t.db, { role: 'liaison', place: other.townA })).agent;
  liaisonOfB = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townB })).agent;
  anonymous = new Agent(t.app);
});

describe('POST /api/consultations/:id/participants/fixed-members', () => {
  it('invites the council’s fixed members as members, skipping those invited already, and tells each', async () => {
    const named = (name: string) => plainAccount(t.db, tree.townA, 'member', name);
    const wang = await named('王海燕');
    const zhao = await named('赵立新');
    const sun = await named('孙丽');
    const qian = await named('钱进');
    const zhou = await named('周敏');
    const gone = await named('停用账号');
    await t.db.update(accounts).set({ isDisabled: true }).where(eq(accounts.id, gone.id));
    // two live groups of the council (赵立新 in both), an archived one, another council's, a committee
    await group(tree.townA, 'council', [wang, zhao, gone], { councilPlaceId: tree.villageA.id });
    await group(tree.villageA, 'council', [zhao, sun], { councilPlaceId: tree.villageA.id });
    await group(tree.townA, 'council', [qian], { councilPlaceId: tree.villageA.id, archivedAt: new Date() });
    await group(tree.townA, 'council', [zhou], { councilPlaceId: tree.townA.id });
    await group(tree.townA, 'committee', [zhou]);
    const c = await buildConsultation(t.db, { place: tree.villageA });
    const byHand = await liaison.agent.post(`/api/consultations/${c.consultationId}/participants`, {
      accountId: wang.id,
      kind: 'member',
    });
    expect(byHand.statusCode, byHand.body).toBe(201);

    const res = await prefill(liaison.agent, c.consultationId);
    expect(res.statusCode, res.body).toBe(200);
    const r = json<Result>(res);
    expect(r).toMatchObject({ skipped: 1, groups: 2 });
    expect(r.added.map((p) => [p.name, p.kind, p.isInvited, p.accountId]).sort()).toEqual(
      [
        ['孙丽', 'member', true, sun.id],
        ['赵立新', 'member', true, zhao.id],
      ].sort(),
    );
    const detail = json<Detail>(await liaison.agent.get(`/api/consultations/${c.consultationId}`));
    expect(detail.participants.map((p) => p.name).sort()).toEqual(['孙丽', '王海燕', '赵立新'].sort());
    for (const who of [zhao, sun]) {
      const notices = await t.db
        .select({ kind: notifications.kind })
        .from(notifications)
        .where(and(eq(notifications.accountId, who.id), eq(notifications.entityId, c.consultationId)));
      expect(notices).toEqual([{ kind: 'invited' }]);
    }
    const audit = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, c.consultationId), eq(auditEvents.action, 'consultation.participant.add_fixed')),
      );
    expect(audit).toHaveLength(1);

    // again: everyone is on the list already
    const again = json<Result>(await prefill(liaison.agent, c.consultationId));
    expect(again).toEqual({ added: [], skipped: 3, groups: 2 });
  });

  it('adds nobody where the council has no fixed members', async () => {
    const lone = await buildConsultation(t.db, { place: tree.villageB });
    expect(json<Result>(await prefill(liaisonOfB, lone.consultationId))).toEqual({ added: [], skipped: 0, groups: 0 });
  });

  it('answers 401, 404 to another region and for no such consultation, 403 to those who do not invite, 409 once closed, 400 on a bad id', async () => {
    const c = await buildConsultation(t.db, { place: tree.villageA });
    expect((await prefill(anonymous, c.consultationId)).statusCode).toBe(401);
    expect((await prefill(liaisonB, c.consultationId)).statusCode).toBe(404);
    expect((await prefill(liaison.agent, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await prefill(member, c.consultationId)).statusCode).toBe(403);
    expect((await prefill(liaison.agent, 'x')).statusCode).toBe(400);
    const done = await buildConsultation(t.db, { place: tree.villageA, status: 'concluded' });
    const closed = await prefill(liaison.agent, done.consultationId);
    expect(closed.statusCode).toBe(409);
    expect(codeOf(closed.body)).toBe('consultation_closed');
  });
});

describe('the organising committee (组织专委会) of a consultation', () => {
  const schedule = async (body: Record<string, unknown>) => {
    const topic = await makeTopic(t.db, tree.townA);
    return liaison.agent.post('/api/consultations', {
      topicId: topic.id,
      placeId: tree.villageA.id,
      title: '关于小区停车难的协商议事',
      form: 'meeting',
      startsAt: new Date(Date.now() + 3_600_000).toISOString(),
      ...body,
    });
  };

  it('is set when scheduling (a live committee kept at the place or above) and changed or cleared after', async () => {
    const committee = await group(tree.district, 'committee', []);
    const res = await schedule({ groupId: committee.id });
    expect(res.statusCode, res.body).toBe(201);
    const c = json<Detail>(res);
    expect(c.group).toEqual({ id: committee.id, name: committee.name });
    const town = await group(tree.townA, 'committee', []);
    const changed = await liaison.agent.patch(`/api/consultations/${c.id}`, { groupId: town.id });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(json<Detail>(changed).group).toEqual({ id: town.id, name: town.name });
    const kept = await liaison.agent.patch(`/api/consultations/${c.id}`, { title: '改个标题' });
    expect(json<Detail>(kept).group?.id).toBe(town.id);
    const cleared = await liaison.agent.patch(`/api/consultations/${c.id}`, { groupId: null });
    expect(json<Detail>(cleared).group).toBeNull();
    expect(json<Detail>(await schedule({})).group).toBeNull();
  });

  it('answers 400 on groupId for anything but a live committee kept at the place or above', async () => {
    const townB = await group(tree.townB, 'committee', []);
    const sector = await group(tree.district, 'sector', []);
    const archived = await group(tree.district, 'committee', [], { archivedAt: new Date() });
    for (const groupId of [townB.id, sector.id, archived.id, '00000000-0000-4000-8000-000000000000', 'x']) {
      const res = await schedule({ groupId });
      expect(res.statusCode, groupId).toBe(400);
      expect(json<Wire<typeof ErrorBody>>(res).fields?.map((f) => f.path)).toEqual(['groupId']);
    }
    const c = json<Detail>(await schedule({}));
    const res = await liaison.agent.patch(`/api/consultations/${c.id}`, { groupId: townB.id, title: '不应保存' });
    expect(res.statusCode).toBe(400);
    expect(json<Detail>(await liaison.agent.get(`/api/consultations/${c.id}`)).title).toBe(c.title);
  });
});
