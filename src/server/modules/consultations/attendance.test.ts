import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/consultations';
import { participants } from '../../platform/db/schema';
import { buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { SIGN_IN_LIMIT } from './public-routes';
import { buildConsultation } from './testing';

type ErrorBody = Wire<typeof ErrorBodySchema>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let ipSeq = 0;
const phone = () => new Agent(t.app, {}, `127.7.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`);
const hours = (n: number) => new Date(Date.now() + n * 3600_000);
const peopleOf = (id: string) => t.db.select().from(participants).where(eq(participants.consultationId, id));

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
});

describe('QR sign-in (/a/<token>)', () => {
  it('names the place in the reader’s script; the title stays as written', async () => {
    const place = await buildPlace(t.db, { parent: tree.townA, kind: 'village', name: '桃园社区' });
    const c = await buildConsultation(t.db, { place, title: '关于桃园社区停车的协商' });
    const url = `/api/public/attendance/${c.signInToken}`;
    const tw = await phone().get(url, { 'accept-language': 'zh-TW' });
    expect(json(tw)).toMatchObject({ placeName: '桃園社區', title: '关于桃园社区停车的协商' });
    expect(tw.headers.vary).toContain('Accept-Language');
    expect(json(await phone().get(url, { 'accept-language': 'zh-CN' }))).toMatchObject({ placeName: '桃园社区' });
  });

  it('shows the consultation without a session; 404 for an unknown token', async () => {
    const c = await buildConsultation(t.db, { place: tree.villageA, title: '关于垃圾分类的协商' });
    const res = await phone().get(`/api/public/attendance/${c.signInToken}`);
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({
      title: '关于垃圾分类的协商',
      placeName: tree.villageA.name,
      status: 'scheduled',
      isOpen: true,
    });
    expect((await phone().get('/api/public/attendance/not-a-real-token-at-all')).statusCode).toBe(404);
    expect((await phone().post('/api/public/attendance/not-a-real-token-at-all', { name: '某' })).statusCode).toBe(404);
  });

  it('adds a walk-in attendee once, however often they sign in', async () => {
    const c = await buildConsultation(t.db, { place: tree.villageA });
    const url = `/api/public/attendance/${c.signInToken}`;
    const first = await phone().post(url, { name: '周大姐', affiliation: '2 号楼', kind: 'stakeholder' });
    expect(first.statusCode).toBe(200);
    expect(json(first)).toMatchObject({ name: '周大姐', isInvited: false });
    const again = await phone().post(url, { name: '周大姐' });
    expect(json(again)).toMatchObject({ attendedAt: json(first).attendedAt });
    const rows = await peopleOf(c.consultationId);
    expect(rows).toEqual([
      expect.objectContaining({ name: '周大姐', kind: 'stakeholder', isInvited: false, attendanceMethod: 'qr' }),
    ]);
    const noName = await phone().post(url, {});
    expect(noName.statusCode).toBe(400);
    expect(json<ErrorBody>(noName).fields?.[0]?.path).toBe('name');
    expect((await phone().post(url, { name: '某', kind: 'staff' })).statusCode).toBe(400);
  });

  it('matches a signed-in invitee by session, an uninvited session by name', async () => {
    const c = await buildConsultation(t.db, { place: tree.villageA });
    const liaison = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA });
    const guest = await buildAccount(t.app, t.db, { role: 'member', place: tree.townB });
    await liaison.agent.post(`/api/consultations/${c.consultationId}/participants`, {
      accountId: guest.id,
      kind: 'member',
    });
    const url = `/api/public/attendance/${c.signInToken}`;
    // without the CSRF token the session is not used: the name is needed
    const forged = await guest.agent.request('POST', url, {}, { 'x-csrf-token': 'forged' });
    expect(forged.statusCode).toBe(400);
    const res = await guest.agent.post(url, {});
    expect(json(res)).toMatchObject({ name: `member ${guest.username}`, isInvited: true });
    const other = await buildAccount(t.app, t.db, { role: 'member', place: tree.townA });
    expect(json(await other.agent.post(url, { name: '吴委员' }))).toMatchObject({ name: '吴委员', isInvited: false });
    const rows = await peopleOf(c.consultationId);
    expect(rows.map((r) => [r.name, r.isInvited, r.attendedAt !== null]).sort()).toEqual(
      [
        ['member '.concat(guest.username), true, true],
        ['吴委员', false, true],
      ].sort(),
    );
  });

  it('opens 2 hours before the start until the end of that day, and not once closed', async () => {
    for (const [startsAt, status, code] of [
      [hours(3), 'scheduled', 409],
      [hours(-30), 'in_progress', 409],
      [hours(0), 'cancelled', 409],
      [hours(0), 'concluded', 409],
      [hours(1), 'scheduled', 200],
    ] as const) {
      const c = await buildConsultation(t.db, { place: tree.villageA, startsAt, status });
      const info = json<Wire<typeof Api.PublicAttendance>>(
        await phone().get(`/api/public/attendance/${c.signInToken}`),
      );
      expect(info.isOpen).toBe(code === 200);
      const res = await phone().post(`/api/public/attendance/${c.signInToken}`, { name: '钱先生' });
      expect(res.statusCode).toBe(code);
      if (code === 409) expect(json<ErrorBody>(res).code).toBe('attendance_closed');
    }
  });

  it('limits sign-ins per address', async () => {
    const c = await buildConsultation(t.db, { place: tree.villageA });
    const one = new Agent(t.app, {}, '127.8.8.8');
    for (let i = 0; i < SIGN_IN_LIMIT.max; i++)
      expect((await one.post(`/api/public/attendance/${c.signInToken}`, { name: `居民${i}` })).statusCode).toBe(200);
    const res = await one.post(`/api/public/attendance/${c.signInToken}`, { name: '再来一个' });
    expect(res.statusCode).toBe(429);
    expect(json<ErrorBody>(res).code).toBe('rate_limited');
  });

  it('lets a signed-in invitee sign in from the consultation page, within the window', async () => {
    const c = await buildConsultation(t.db, { place: tree.villageA, startsAt: hours(5) });
    const liaison = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA });
    const guest = await buildAccount(t.app, t.db, { role: 'member', place: tree.townB });
    await liaison.agent.post(`/api/consultations/${c.consultationId}/participants`, {
      accountId: guest.id,
      kind: 'member',
    });
    expect((await new Agent(t.app).post(`/api/consultations/${c.consultationId}/sign-in`)).statusCode).toBe(401);
    const early = await guest.agent.post(`/api/consultations/${c.consultationId}/sign-in`);
    expect(early.statusCode).toBe(409);
    expect(json<ErrorBody>(early).code).toBe('attendance_closed');
    const stranger = await buildAccount(t.app, t.db, { role: 'member', place: tree.townB });
    expect((await stranger.agent.post(`/api/consultations/${c.consultationId}/sign-in`)).statusCode).toBe(404);
  });
});
