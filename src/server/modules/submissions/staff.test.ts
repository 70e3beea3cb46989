import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type {
  PhoneResponse,
  StatsResponse,
  SubmissionDetail,
  SubmissionListResponse,
} from '../../../shared/api/submissions';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type Detail = Wire<typeof SubmissionDetail>;
type Stats = Wire<typeof StatsResponse>;
type Audit = Wire<typeof AuditListResponse>;
type ErrorBody = Wire<typeof ErrorBodySchema>;

const PHONE = '13812345678';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let townLiaison: Agent; // liaison of township A
let member: Agent; // member of township A (人大代表/政协委员)
let admin: Agent; // admin of the district
let ipSeq = 0;
const resident = () => new Agent(t.app, {}, `127.7.0.${++ipSeq}`);

async function raise(place: BuiltPlace, extra: Record<string, unknown> = {}) {
  const res = await resident().post(`/api/public/places/${place.code}/submissions`, {
    content: '菜市场门口占道经营很严重',
    ...extra,
  });
  expect(res.statusCode).toBe(201);
  const code = json<Wire<typeof SubmissionCreatedResponse>>(res).trackingCode;
  const [row] = await t.db.select({ id: submissions.id }).from(submissions).where(eq(submissions.trackingCode, code));
  return { id: row?.id as string, code };
}
async function act(by: Agent, id: string, body: Record<string, unknown>) {
  expect((await by.post(`/api/submissions/${id}/actions`, body)).statusCode).toBe(200);
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  townLiaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.townA })).agent;
  admin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
});

describe('POST /api/submissions/:id/phone', () => {
  let withPhone: string;
  beforeAll(async () => {
    withPhone = (await raise(tree.villageA, { contactName: '王五', phone: PHONE, consent: true })).id;
  });

  it('shows the liaison the full number, and audits every view', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await townLiaison.post(`/api/submissions/${withPhone}/phone`);
      expect(res.statusCode).toBe(200);
      expect(json<Wire<typeof PhoneResponse>>(res).phone).toBe(PHONE);
    }
    const audit = json<Audit>(await admin.get(`/api/audit?action=submission.view_phone&entityId=${withPhone}`));
    expect(audit.total).toBe(2);
    expect(audit.items.every((e) => e.action === 'submission.view_phone')).toBe(true);
  });

  it('answers 403 to a member, without an audit event', async () => {
    const res = await member.post(`/api/submissions/${withPhone}/phone`);
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain(PHONE);
    expect(json<Audit>(await admin.get(`/api/audit?action=submission.view_phone&entityId=${withPhone}`)).total).toBe(2);
  });

  it('answers 401 without a session and 404 in another region', async () => {
    expect((await new Agent(t.app).post(`/api/submissions/${withPhone}/phone`)).statusCode).toBe(401);
    const other = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townB })).agent;
    expect((await other.post(`/api/submissions/${withPhone}/phone`)).statusCode).toBe(404);
  });

  it('answers null when the resident left no number', async () => {
    const none = (await raise(tree.villageA)).id;
    expect(json<Wire<typeof PhoneResponse>>(await townLiaison.post(`/api/submissions/${none}/phone`)).phone).toBeNull();
  });
});

describe('POST /api/submissions (walk-in)', () => {
  const walkIn = (by: Agent, body: Record<string, unknown>) =>
    by.post('/api/submissions', {
      placeId: tree.townA.id,
      channel: 'reception_day',
      content: '代表接待日：反映学校门口交通拥堵',
      ...body,
    });

  it('lets a member record a reception-day item at their township, masked and audited', async () => {
    const res = await walkIn(member, { contactName: '赵六', phone: PHONE, consent: true });
    expect(res.statusCode).toBe(201);
    const d = json<Detail>(res);
    expect(d).toMatchObject({ status: 'received', channel: 'reception_day', phoneMasked: '138****5678' });
    expect(d.events.map((e) => e.kind)).toEqual(['submitted']);
    expect(res.body).not.toContain(PHONE);
    const listed = json<Wire<typeof SubmissionListResponse>>(
      await townLiaison.get('/api/submissions?channel=reception_day'),
    );
    expect(listed.items.map((i) => i.id)).toContain(d.id);
    const audit = json<Audit>(await admin.get(`/api/audit?action=submission.record&entityId=${d.id}`));
    expect(audit.total).toBe(1);
  });

  it.each([
    ['the qr channel', { channel: 'qr' }, 'channel'],
    ['a phone without consent', { phone: PHONE }, 'consent'],
    ['content too short', { content: '短' }, 'content'],
  ])('answers 400 for %s', async (_, body, path) => {
    const res = await walkIn(member, body);
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).fields?.map((f) => f.path)).toContain(path);
  });

  it('answers 404 for a place in another region, 403 to a leader, 401 without a session', async () => {
    expect((await walkIn(member, { placeId: tree.villageB.id })).statusCode).toBe(404);
    const leader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.townA })).agent;
    expect((await walkIn(leader, {})).statusCode).toBe(403);
    expect((await walkIn(new Agent(t.app), {})).statusCode).toBe(401);
  });
});

describe('GET /api/submissions/stats', () => {
  let stats: Awaited<ReturnType<typeof buildTree>>;
  let districtLiaison: Agent;
  const get = async (by: Agent, place?: { id: string }) => {
    const res = await by.get(`/api/submissions/stats${place ? `?placeId=${place.id}` : ''}`);
    expect(res.statusCode).toBe(200);
    return json<Stats>(res);
  };

  beforeAll(async () => {
    stats = await buildTree(t.db);
    districtLiaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: stats.district })).agent;
    const waiting = await raise(stats.villageA);
    await t.db
      .update(submissions)
      .set({ dueAt: new Date(Date.now() - 3_600_000) })
      .where(eq(submissions.id, waiting.id));
    await act(districtLiaison, (await raise(stats.villageA)).id, { action: 'to_community' });
    for (const [place, satisfaction] of [
      [stats.villageA, 4],
      [stats.gridA, 2],
    ] as const) {
      const s = await raise(place);
      await act(districtLiaison, s.id, { action: 'solve' });
      const rated = await resident().post(`/api/public/submissions/${s.code}/rating`, { solved: true, satisfaction });
      expect(rated.statusCode).toBe(200);
    }
    await raise(stats.villageB);
  });

  it('counts the subtree of a place', async () => {
    expect(await get(districtLiaison, stats.townA)).toMatchObject({
      received: 4,
      sorted: 3,
      solved: 2,
      overdue: 1,
      rated: 2,
      averageSatisfaction: 3,
    });
    expect(await get(districtLiaison, stats.gridA)).toMatchObject({ received: 1, solved: 1, averageSatisfaction: 2 });
    expect(await get(districtLiaison, stats.villageB)).toMatchObject({
      received: 1,
      sorted: 0,
      solved: 0,
      overdue: 0,
      averageSatisfaction: null,
    });
    expect(await get(districtLiaison)).toMatchObject({ received: 5, solved: 2 });
  });

  it('matches what the inbox lists', async () => {
    const overdue = json<Wire<typeof SubmissionListResponse>>(
      await districtLiaison.get(`/api/submissions?overdue=true&placeId=${stats.townA.id}`),
    );
    expect(overdue.total).toBe(1);
  });

  it('answers 401 without a session, 404 for a place in another region, 400 for a bad id', async () => {
    expect((await new Agent(t.app).get(`/api/submissions/stats?placeId=${stats.townA.id}`)).statusCode).toBe(401);
    expect((await townLiaison.get(`/api/submissions/stats?placeId=${stats.townA.id}`)).statusCode).toBe(404);
    expect((await districtLiaison.get('/api/submissions/stats?placeId=nope')).statusCode).toBe(400);
  });
});
