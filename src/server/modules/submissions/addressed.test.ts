// 委员会客厅: a resident addresses a submission to a member of their place; the member is told, reads
// it wherever it is, and does not sort it; the liaison sorts it as any other.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { SubmissionDetail, SubmissionListResponse } from '../../../shared/api/submissions';
import type { PublicPlaceMembers } from '../../../shared/api/submissions-public';
import { accounts, memberPlaces, notifications, submissions } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type Detail = Wire<typeof SubmissionDetail>;
type List = Wire<typeof SubmissionListResponse>;
type Members = Wire<typeof PublicPlaceMembers>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let assigned: Awaited<ReturnType<typeof buildAccount>>; // member of township B, assigned to village A
let atStation: Awaited<ReturnType<typeof buildAccount>>; // member of the district, at township A's workstation
let elsewhere: Awaited<ReturnType<typeof buildAccount>>; // member assigned to village B only
let liaison: Awaited<ReturnType<typeof buildAccount>>; // township A's
let disabledId: string; // a member assigned to village A who can no longer sign in
let ipSeq = 0;
const resident = () => new Agent(t.app, {}, `127.8.0.${++ipSeq}`);
const fieldsOf = (body: string) => (JSON.parse(body).fields ?? []).map((f: { path: string }) => f.path).sort();

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  [assigned, atStation, elsewhere, liaison] = await Promise.all([
    buildAccount(t.app, t.db, { role: 'member', place: tree.townB }),
    buildAccount(t.app, t.db, { role: 'member', place: tree.district }),
    buildAccount(t.app, t.db, { role: 'member', place: tree.townB }),
    buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA }),
  ]);
  const disabled = await buildAccount(t.app, t.db, { role: 'member', place: tree.townA });
  const notMember = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA });
  await t.db.insert(memberPlaces).values([
    { accountId: assigned.id, placeId: tree.villageA.id, kind: 'assigned' },
    { accountId: atStation.id, placeId: tree.townA.id, kind: 'workstation' },
    { accountId: elsewhere.id, placeId: tree.villageB.id, kind: 'assigned' },
    { accountId: disabled.id, placeId: tree.villageA.id, kind: 'assigned' },
    { accountId: notMember.id, placeId: tree.villageA.id, kind: 'assigned' }, // no member grant
  ]);
  await t.db.update(accounts).set({ isDisabled: true }).where(eq(accounts.id, disabled.id));
  disabledId = disabled.id;
});

const raise = (code: string, body: Record<string, unknown>, key?: string) =>
  resident().post(
    `/api/public/places/${code}/submissions`,
    { content: '村口的桥栏杆松了，孩子上学经过很危险', ...body },
    key ? { 'idempotency-key': key } : {},
  );

async function idOf(res: { statusCode: number; body: string }) {
  expect(res.statusCode, res.body).toBe(201);
  const code = JSON.parse(res.body).trackingCode as string;
  const [row] = await t.db.select({ id: submissions.id }).from(submissions).where(eq(submissions.trackingCode, code));
  return row?.id as string;
}

describe('GET /api/public/places/:code/members', () => {
  it('lists the members assigned to the place or at the workstation above it, names only', async () => {
    const res = await resident().get(`/api/public/places/${tree.villageA.code}/members`);
    expect(res.statusCode).toBe(200);
    const { items } = json<Members>(res);
    expect(items.map((m) => m.id).sort()).toEqual([assigned.id, atStation.id].sort());
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(['id', 'name']);
    // the workstation's members are the township's: village B (township B) has only its own
    const b = json<Members>(await resident().get(`/api/public/places/${tree.villageB.code}/members`));
    expect(b.items.map((m) => m.id)).toEqual([elsewhere.id]);
  });

  it('answers 404 for no such place', async () => {
    expect((await resident().get('/api/public/places/no-such-place/members')).statusCode).toBe(404);
  });
});

describe('POST /api/public/places/:code/submissions with a member addressed', () => {
  let id: string;
  beforeAll(async () => {
    id = await idOf(await raise(tree.villageA.code, { addressedMemberId: assigned.id }, 'addressed-0001'));
  });

  it('stores the member addressed and tells them once, however often the request is retried', async () => {
    const [row] = await t.db.select().from(submissions).where(eq(submissions.id, id));
    expect(row).toMatchObject({ addressedMemberId: assigned.id, channel: 'qr', status: 'received' });
    expect(await idOf(await raise(tree.villageA.code, { addressedMemberId: assigned.id }, 'addressed-0001'))).toBe(id);
    const told = await t.db
      .select({ kind: notifications.kind, entityType: notifications.entityType, params: notifications.params })
      .from(notifications)
      .where(and(eq(notifications.accountId, assigned.id), eq(notifications.entityId, id)));
    expect(told).toEqual([
      {
        kind: 'member_addressed',
        entityType: 'submission',
        params: { code: row?.trackingCode, title: '村口的桥栏杆松了，孩子上学经过很危险' },
      },
    ]);
  });

  it('lets the member read it outside their reach, without sorting or the full phone', async () => {
    const res = await assigned.agent.get(`/api/submissions/${id}`);
    expect(res.statusCode).toBe(200);
    const d = json<Detail>(res);
    expect(d).toMatchObject({
      addressedMember: { id: assigned.id },
      allowedActions: [],
      abilities: { sort: false, handle: false, revealPhone: false },
    });
    expect((await assigned.agent.post(`/api/submissions/${id}/actions`, { action: 'to_grid' })).statusCode).toBe(403);
    expect((await assigned.agent.post(`/api/submissions/${id}/phone`)).statusCode).toBe(403);
    // another member of the same township does not see it
    expect((await elsewhere.agent.get(`/api/submissions/${id}`)).statusCode).toBe(404);
  });

  it('shows it under 写给我的 in the member’s inbox', async () => {
    const mine = json<List>(await assigned.agent.get('/api/submissions?addressedToMe=true'));
    expect(mine.items.map((i) => i.id)).toEqual([id]);
    const none = json<List>(await elsewhere.agent.get('/api/submissions?addressedToMe=true'));
    expect(none.items).toEqual([]);
    expect((await assigned.agent.get('/api/submissions?addressedToMe=maybe')).statusCode).toBe(400);
  });

  it('is sorted by the liaison as any other', async () => {
    const res = await liaison.agent.post(`/api/submissions/${id}/actions`, { action: 'to_community' });
    expect(res.statusCode, res.body).toBe(200);
    expect(json<Detail>(res)).toMatchObject({ status: 'community', addressedMember: { id: assigned.id } });
    // the member still reads it where it went
    expect(json<Detail>(await assigned.agent.get(`/api/submissions/${id}`)).status).toBe('community');
  });

  it('answers 400 for a member not of the place, and files nothing', async () => {
    const inVillage = () =>
      t.db.select({ id: submissions.id }).from(submissions).where(eq(submissions.scannedPlaceId, tree.villageA.id));
    const before = await inVillage();
    for (const other of [elsewhere.id, liaison.id, disabledId, 'x']) {
      const res = await raise(tree.villageA.code, { addressedMemberId: other });
      expect(res.statusCode, other).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['addressedMemberId']);
    }
    expect(await inVillage()).toHaveLength(before.length);
  });
});
