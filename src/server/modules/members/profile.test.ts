// Keeping a member's profile: saving it, archiving and restoring, and seeing the full phone number.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { MemberPhone } from '../../../shared/api/members';
import { auditEvents, grants, memberProfiles } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { addMember, type Member, memberBody, memberFixture, memberSession, type Roster } from './testing';

let t: TestApp;
let f: Awaited<ReturnType<typeof memberFixture>>;
let wang: Awaited<ReturnType<typeof addMember>>;

const anonymous = () => new Agent(t.app);
const fields = (res: { body: string }) => (JSON.parse(res.body) as Wire<typeof ErrorBody>).fields?.map((x) => x.path);
/** The whole profile PUT takes, from what was created, with `extra` on top. */
const profileOf = (m: typeof wang, extra: Record<string, unknown> = {}) => {
  const { username: _, phone: __, ...rest } = m.body;
  return { ...rest, ...extra };
};
const put = (agent: Agent, id: string, body: unknown) => agent.request('PUT', `/api/members/${id}`, body);
const eventsOf = (id: string, action: string) =>
  t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, action)));

beforeAll(async () => {
  t = await startTestApp();
  f = await memberFixture(t);
  wang = await addMember(f.townOffice, f.tree.townA.id);
});

describe('PUT /api/members/:id', () => {
  it('401 without a session', async () => {
    expect((await put(anonymous(), wang.id, profileOf(wang))).statusCode).toBe(401);
  });

  it('404 to another region', async () => {
    expect((await put(f.otherOffice, wang.id, profileOf(wang))).statusCode).toBe(404);
  });

  it('403 to those who read the member but do not keep the roster, or keep another', async () => {
    expect((await put(f.liaison, wang.id, profileOf(wang))).statusCode).toBe(403);
    expect((await put(f.leader, wang.id, profileOf(wang))).statusCode).toBe(403);
  });

  it('400 field by field', async () => {
    const res = await put(f.office, wang.id, {
      ...profileOf(wang),
      displayName: '',
      sector: 'x',
      termEnd: 'soon',
      phone: '1380000',
      memberNo: '',
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res)?.sort()).toEqual(['displayName', 'memberNo', 'phone', 'sector', 'termEnd']);
    const missing = await put(f.office, wang.id, { displayName: '王' });
    expect(missing.statusCode).toBe(400);
    expect(fields(missing)).toEqual(expect.arrayContaining(['homePlaceId', 'memberNo', 'sector', 'termStart']));
  });

  it('409 on another member’s number', async () => {
    const li = await addMember(f.office, f.tree.district.id);
    const res = await put(f.office, wang.id, profileOf(wang, { memberNo: li.body.memberNo }));
    expect(res.statusCode).toBe(409);
    expect(json(res)).toMatchObject({ code: 'member_no_taken', field: 'memberNo' });
  });

  it('saves the profile, keeps the phone when left out, and records the change', async () => {
    const res = await put(
      f.office,
      wang.id,
      profileOf(wang, {
        displayName: '王海燕',
        sector: 'economy',
        level: 'municipal',
        expertise: ['金融'],
        termEnd: 2027,
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(json<Member>(res)).toMatchObject({
      displayName: '王海燕',
      profile: { sector: 'economy', level: 'municipal', expertise: ['金融'], termEnd: 2027 },
      phoneMasked: '139****5678',
    });
    const [event] = await eventsOf(wang.id, 'member.update');
    expect(event).toMatchObject({ before: { sector: 'agriculture' }, after: { sector: 'economy' } });
  });

  it('changes or removes the phone', async () => {
    const changed = json<Member>(await put(f.office, wang.id, profileOf(wang, { phone: '13700001111' })));
    expect(changed.phoneMasked).toBe('137****1111');
    const removed = json<Member>(await put(f.office, wang.id, profileOf(wang, { phone: null })));
    expect(removed).toMatchObject({ phoneMasked: null, hasPhone: false });
    const [row] = await t.db.select().from(memberProfiles).where(eq(memberProfiles.accountId, wang.id));
    expect(row?.phoneCipher).toBeNull();
    await put(f.office, wang.id, profileOf(wang, { phone: '13912345678' }));
  });

  it('moves the member (and their role) to a new home place in reach; refuses one outside it', async () => {
    const outside = await put(f.townOffice, wang.id, profileOf(wang, { homePlaceId: f.tree.townB.id }));
    expect(outside.statusCode).toBe(400);
    expect(json(outside)).toMatchObject({ field: 'homePlaceId' });
    const res = await put(f.townOffice, wang.id, profileOf(wang, { homePlaceId: f.tree.villageA.id }));
    expect(json<Member>(res).homePlace.id).toBe(f.tree.villageA.id);
    const held = await t.db.select({ placeId: grants.placeId }).from(grants).where(eq(grants.accountId, wang.id));
    expect(held).toEqual([{ placeId: f.tree.villageA.id }]);
    await put(f.townOffice, wang.id, profileOf(wang, { homePlaceId: f.tree.townA.id }));
  });

  it('completes the profile of a member account made before profiles', async () => {
    const bare = await addMember(f.office, f.tree.townA.id);
    await t.db.delete(memberProfiles).where(eq(memberProfiles.accountId, bare.id));
    expect(json<Member>(await f.office.get(`/api/members/${bare.id}`)).profile).toBeNull();
    const res = await put(f.office, bare.id, profileOf(bare));
    expect(json<Member>(res).profile).toMatchObject({ memberNo: bare.body.memberNo, sector: 'agriculture' });
  });
});

describe('archiving and restoring', () => {
  it('401 without a session, 404 to another region, 403 to a liaison', async () => {
    expect((await anonymous().post(`/api/members/${wang.id}/archive`)).statusCode).toBe(401);
    expect((await f.otherOffice.post(`/api/members/${wang.id}/archive`)).statusCode).toBe(404);
    expect((await f.liaison.post(`/api/members/${wang.id}/archive`)).statusCode).toBe(403);
    expect((await f.liaison.post(`/api/members/${wang.id}/restore`)).statusCode).toBe(403);
  });

  it('400 on a malformed id', async () => {
    expect((await f.office.post('/api/members/x/archive')).statusCode).toBe(400);
  });

  it('disables the account (its sessions end), moves it to the archived list, and back', async () => {
    const m = await addMember(f.office, f.tree.townB.id);
    const session = await memberSession(t.app, m);
    const res = await f.office.post(`/api/members/${m.id}/archive`);
    expect(json<Member>(res)).toMatchObject({ isDisabled: true, abilities: { archive: false, restore: true } });
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    const active = json<Roster>(await f.office.get('/api/members'));
    expect(active.items.map((x) => x.id)).not.toContain(m.id);
    const archived = json<Roster>(await f.office.get('/api/members?status=archived'));
    expect(archived.items.map((x) => x.id)).toEqual([m.id]);
    expect((await f.office.post(`/api/members/${m.id}/archive`)).statusCode).toBe(200); // already archived: no change
    expect(await eventsOf(m.id, 'member.archive')).toHaveLength(1);
    const back = json<Member>(await f.office.post(`/api/members/${m.id}/restore`));
    expect(back.isDisabled).toBe(false);
    expect(await eventsOf(m.id, 'member.restore')).toHaveLength(1);
  });
});

describe('POST /api/members/:id/phone', () => {
  it('401 without a session, 404 to another region, 403 to those who only read', async () => {
    expect((await anonymous().post(`/api/members/${wang.id}/phone`)).statusCode).toBe(401);
    expect((await f.otherOffice.post(`/api/members/${wang.id}/phone`)).statusCode).toBe(404);
    expect((await f.liaison.post(`/api/members/${wang.id}/phone`)).statusCode).toBe(403);
    expect((await f.leader.post(`/api/members/${wang.id}/phone`)).statusCode).toBe(403);
  });

  it('400 on a malformed id', async () => {
    expect((await f.office.post('/api/members/123/phone')).statusCode).toBe(400);
  });

  it('shows the office the full number and records that it did', async () => {
    const before = (await eventsOf(wang.id, 'member.view_phone')).length;
    const res = await f.townOffice.post(`/api/members/${wang.id}/phone`);
    expect(res.statusCode).toBe(200);
    expect(json<Wire<typeof MemberPhone>>(res)).toEqual({ phone: '13912345678' });
    expect(await eventsOf(wang.id, 'member.view_phone')).toHaveLength(before + 1);
  });

  it('answers null for a member without a number', async () => {
    const m = await addMember(f.office, f.tree.townA.id, { phone: '' });
    expect(json(await f.office.post(`/api/members/${m.id}/phone`))).toEqual({ phone: null });
  });

  it('is for the office the member belongs to', async () => {
    const body = memberBody(f.tree.townB.id);
    const res = await f.townBOffice.post('/api/members', body);
    const id = json<{ member: Member }>(res).member.id;
    expect((await f.townOffice.post(`/api/members/${id}/phone`)).statusCode).toBe(404);
  });
});
