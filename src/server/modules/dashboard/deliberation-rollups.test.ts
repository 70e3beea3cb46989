// deliberation_rollups (migrations 0019, 0023), kept by statement triggers on topics, consultations,
// participants, outcomes, their recipients and evaluations, and places: after a topic is raised and
// edited, a consultation is held and rescheduled, people are invited and sign in, an outcome is
// drafted, sent, replied to, carried out and evaluated, places move and records are deleted, the
// kept sums equal counting the records — by the rule written out here (month in Beijing time,
// counts at district, township and village, and by year at the district) and by the database's own definition.
import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  consultations,
  evaluations,
  outcomeRecipients,
  outcomes,
  participants,
  places,
  topics,
} from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildPlace } from '../../testing/factories';
import { Agent, startTestApp, type TestApp } from '../../testing/harness';
import { buildConsultation, makeTopic } from '../consultations/testing';
import { draft, outcomeScene } from '../outcomes/testing';
import { checkDeliberationRollups } from './deliberation-rolled';

type Counts = Record<string, number>; // 'place|month|key' → n
let t: TestApp;
let s: Awaited<ReturnType<typeof outcomeScene>>;
let otherDistrict: BuiltPlace;
let admin: Agent;
let ipSeq = 0;

const beijingMonth = (d: Date) => `${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 7)}-01`;
const beijingDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const ANSWERED = ['answered', 'carrying_out', 'carried_out'];

async function ourPlaces() {
  const rows = await t.db.select({ id: places.id, path: places.path }).from(places);
  const roots = [s.tree.district.id, otherDistrict.id];
  return new Map(rows.filter((p) => roots.some((r) => p.path.includes(r))).map((p) => [p.id, p.path]));
}

/** What the rollups must hold for our places, counted here from the records and the places' paths now. */
async function countedByHand(): Promise<Counts> {
  const paths = await ourPlaces();
  const ids = [...paths.keys()];
  const out: Counts = {};
  const bump = (cell: string, n: number) => {
    out[cell] = (out[cell] ?? 0) + n;
  };
  const add = (path: string | undefined, at: Date | null, key: (depth: number) => string | null, daily = false) => {
    if (!path || !at) return;
    const [district, ...below] = path.split('/').filter(Boolean).slice(0, 3);
    [district, ...below].forEach((place, depth) => {
      const k = key(depth);
      if (k) bump(`${place}|${beijingMonth(at)}|${k}`, 1);
    });
    // the district again by year (migration 0023): 1 January, its keys as y:<key>
    const k = key(0);
    if (k) bump(`${district}|${beijingMonth(at).slice(0, 4)}-01-01|y:${k}`, 1);
    // consultations and attendances by day too (migration 0025): the day, keys as d:<key>
    if (k && daily) bump(`${district}|${beijingDay(at)}|d:${k}`, 1);
  };
  for (const r of await t.db.select().from(topics).where(inArray(topics.placeId, ids))) {
    add(paths.get(r.placeId), r.createdAt, () => 't');
    add(paths.get(r.placeId), r.createdAt, (d) => (d < 2 ? `ts:${r.source}` : null));
  }
  for (const c of await t.db.select().from(consultations).where(inArray(consultations.placeId, ids))) {
    const path = paths.get(c.placeId);
    add(path, c.startsAt, () => 'c', true);
    add(path, c.startsAt, (d) => (d < 2 ? `cf:${c.form}` : null), true);
    for (const p of await t.db.select().from(participants).where(eq(participants.consultationId, c.id))) {
      if (!p.attendedAt) continue;
      add(path, c.startsAt, () => 'p', true);
      add(path, c.startsAt, (d) => (d < 2 ? `p:${p.kind}` : null), true);
    }
  }
  for (const o of await t.db.select().from(outcomes).where(inArray(outcomes.placeId, ids))) {
    const path = paths.get(o.placeId);
    const recipients = await t.db.select().from(outcomeRecipients).where(eq(outcomeRecipients.outcomeId, o.id));
    const evaluated = await t.db.select().from(evaluations).where(eq(evaluations.outcomeId, o.id));
    add(path, o.sentAt, () => 'o');
    if (ANSWERED.includes(o.status)) add(path, o.sentAt, () => 'oa');
    if (o.status === 'carried_out') add(path, o.sentAt, () => 'oc');
    if (recipients.some((r) => r.verdict === 'adopted')) add(path, o.sentAt, () => 'oad');
    if (evaluated.length > 0) add(path, o.sentAt, () => 'oe');
  }
  return out;
}

async function rowsFrom(query: ReturnType<typeof sql>): Promise<Counts> {
  const ids = [...(await ourPlaces()).keys()];
  const res = (await t.db.execute(
    sql`select place_id, to_char(month, 'YYYY-MM-DD') as month, key, n from (${query}) x
        where place_id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
  )) as unknown as { rows: { place_id: string; month: string; key: string; n: string }[] };
  return Object.fromEntries(
    res.rows.filter((r) => Number(r.n) !== 0).map((r) => [`${r.place_id}|${r.month}|${r.key}`, Number(r.n)]),
  );
}
const maintained = () => rowsFrom(sql`select * from deliberation_rollups`);
const recomputed = () => rowsFrom(sql`select * from deliberation_rollups_counted()`);

async function expectConsistent() {
  const expected = await countedByHand();
  expect(Object.keys(expected).length).toBeGreaterThan(0);
  expect(await maintained()).toEqual(expected);
  expect(await recomputed()).toEqual(expected);
  expect((await checkDeliberationRollups(t.db)).wrong).toBe(0);
}

const phone = () => new Agent(t.app, {}, `127.19.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`);

beforeAll(async () => {
  t = await startTestApp();
  s = await outcomeScene(t);
  otherDistrict = await buildPlace(t.db, { kind: 'district' });
  admin = (await buildAccount(t.app, t.db, { role: 'admin', place: s.tree.district })).agent;
});

describe('deliberation rollups', () => {
  it('count a topic at its district, township and village in the Beijing month it was raised, and follow edits', async () => {
    const topic = await makeTopic(t.db, s.tree.villageA);
    await t.db
      .update(topics)
      .set({ createdAt: new Date('2026-10-31T15:30:00Z') }) // 23:30 on 31 October in Beijing
      .where(eq(topics.id, topic.id));
    await expectConsistent();
    expect((await maintained())[`${s.tree.villageA.id}|2026-10-01|t`]).toBeGreaterThanOrEqual(1);
    await t.db
      .update(topics)
      .set({ createdAt: new Date('2026-10-31T16:30:00Z'), source: 'member', placeId: s.tree.townB.id })
      .where(eq(topics.id, topic.id));
    await expectConsistent();
    // the district's year holds it too (a reach of districts reads the year to date from one row)
    expect((await maintained())[`${s.tree.district.id}|2026-01-01|y:ts:member`]).toBeGreaterThanOrEqual(1);
    // a village keeps no source (its dashboard counts live)
    expect(
      Object.keys(await maintained()).some((k) => k.startsWith(`${s.tree.villageA.id}|`) && k.includes('|ts:')),
    ).toBe(false);
  });

  it('follow a consultation scheduled, rescheduled, its invitees, walk-ins and sign-ins', async () => {
    // sign-in is open from two hours before the start to the day's end: it starts now
    const c = await buildConsultation(t.db, { place: s.tree.villageA });
    await expectConsistent();
    const added = await s.liaison.agent.post(`/api/consultations/${c.consultationId}/participants`, {
      accountId: s.member.id,
      kind: 'member',
    });
    expect(added.statusCode, added.body).toBeLessThan(300);
    const walkIn = await phone().post(`/api/public/attendance/${c.signInToken}`, {
      name: '周大姐',
      kind: 'stakeholder',
    });
    expect(walkIn.statusCode, walkIn.body).toBe(200);
    const invitee = await s.member.agent.post(`/api/public/attendance/${c.signInToken}`, {});
    expect(invitee.statusCode, invitee.body).toBe(200);
    await expectConsistent();
    const [held] = await t.db.select().from(consultations).where(eq(consultations.id, c.consultationId));
    const month = beijingMonth(held?.startsAt ?? new Date());
    expect((await maintained())[`${s.tree.townA.id}|${month}|p:member`]).toBe(1);
    // rescheduled into September and held elsewhere as another form: its attendances move with it
    await t.db
      .update(consultations)
      .set({ startsAt: new Date('2026-09-30T15:00:00Z'), form: 'on_site', placeId: s.tree.villageB.id })
      .where(eq(consultations.id, c.consultationId));
    await expectConsistent();
    expect((await maintained())[`${s.tree.townA.id}|${month}|p:member`]).toBeUndefined();
    expect((await maintained())[`${s.tree.townB.id}|2026-09-01|p:member`]).toBe(1);
    // one attendance struck off, one participant removed
    const [walker] = await t.db.select().from(participants).where(eq(participants.name, '周大姐'));
    await t.db
      .update(participants)
      .set({ attendedAt: null })
      .where(eq(participants.id, walker?.id ?? ''));
    await expectConsistent();
    await t.db.delete(participants).where(eq(participants.consultationId, c.consultationId));
    await expectConsistent();
  });

  it('follow an outcome drafted, sent, replied to, adopted, carried out and evaluated', async () => {
    const o = await draft(s.liaison.agent, s.held.consultationId, [s.consensus[0]?.id ?? '']);
    await expectConsistent();
    const sent = await s.liaison.agent.post(`/api/outcomes/${o.id}/send`, {
      accountIds: [s.leader.id, s.department.id],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    await expectConsistent();
    const reply = await s.department.agent.post(`/api/outcomes/${o.id}/reply`, { reply: '收到', verdict: 'adopted' });
    expect(reply.statusCode, reply.body).toBe(200);
    await expectConsistent();
    const second = await s.leader.agent.post(`/api/outcomes/${o.id}/reply`, {
      reply: '同意',
      verdict: 'not_adopted',
      verdictReason: '经费不足',
      instruction: '请再议',
    });
    expect(second.statusCode, second.body).toBe(200);
    await expectConsistent();
    const [row] = await t.db.select().from(outcomes).where(eq(outcomes.id, o.id));
    expect(row?.status).toBe('answered');
    const month = beijingMonth(row?.sentAt ?? new Date());
    expect((await maintained())[`${s.tree.townA.id}|${month}|oad`]).toBe(1);
    // the adopting reply changed its mind: no longer adopted
    await t.db
      .update(outcomeRecipients)
      .set({ verdict: 'partly_adopted' })
      .where(eq(outcomeRecipients.accountId, s.department.id));
    await expectConsistent();
    expect((await maintained())[`${s.tree.townA.id}|${month}|oad`]).toBeUndefined();
    await t.db.update(outcomes).set({ status: 'carried_out' }).where(eq(outcomes.id, o.id));
    await t.db.insert(evaluations).values([
      { outcomeId: o.id, kind: 'leader', accountId: s.leader.id, score: 5 },
      { outcomeId: o.id, kind: 'member', accountId: s.member.id, score: 4 },
    ]);
    await expectConsistent();
    expect((await maintained())[`${s.tree.townA.id}|${month}|oe`]).toBe(1);
    await t.db.delete(evaluations).where(eq(evaluations.accountId, s.leader.id));
    await expectConsistent();
    expect((await maintained())[`${s.tree.townA.id}|${month}|oe`]).toBe(1);
  });

  it('follow a village moved to another township and a township moved to another district', async () => {
    const village = await buildPlace(t.db, { parent: s.tree.townA, kind: 'village' });
    const grid = await buildPlace(t.db, { parent: village, kind: 'grid' });
    await makeTopic(t.db, grid);
    await buildConsultation(t.db, { place: village, startsAt: new Date('2026-06-02T04:00:00Z') });
    await expectConsistent();
    const moved = await admin.post(`/api/places/${village.id}/move`, { parentId: s.tree.townB.id });
    expect(moved.statusCode, moved.body).toBeLessThan(300);
    await expectConsistent();
    expect((await maintained())[`${s.tree.townA.id}|2026-06-01|c`]).toBeUndefined();
    expect((await maintained())[`${s.tree.townB.id}|2026-06-01|c`]).toBe(1);

    const newPath = `${otherDistrict.path}${s.tree.townB.id}/`;
    await t.db.execute(sql`update places set path = ${newPath} || substr(path, ${s.tree.townB.path.length + 1}),
      parent_id = case when id = ${s.tree.townB.id} then ${otherDistrict.id}::uuid else parent_id end
      where path like ${`${s.tree.townB.path}%`}`);
    await expectConsistent();
    expect((await maintained())[`${otherDistrict.id}|2026-06-01|c`]).toBe(1);
  });

  it('take deleted records away', async () => {
    // this file's outcomes only: the worker's database holds other files' records too
    const ours = await ourPlaces();
    const all = await t.db.select({ id: outcomes.id, placeId: outcomes.placeId }).from(outcomes);
    const ids = all.filter((o) => ours.has(o.placeId)).map((o) => o.id);
    await t.db.delete(evaluations).where(inArray(evaluations.outcomeId, ids));
    await expectConsistent();
    await t.db.delete(outcomeRecipients).where(inArray(outcomeRecipients.outcomeId, ids));
    await expectConsistent();
    await t.db.delete(outcomes).where(inArray(outcomes.id, ids));
    const c = await buildConsultation(t.db, { place: s.tree.villageA, startsAt: new Date('2026-05-05T04:00:00Z') });
    await t.db
      .insert(participants)
      .values({ consultationId: c.consultationId, name: '甲', kind: 'official', attendedAt: new Date() });
    await expectConsistent();
    await t.db.delete(participants).where(eq(participants.consultationId, c.consultationId));
    await t.db.execute(sql`delete from consultation_steps where consultation_id = ${c.consultationId}`);
    await t.db.delete(consultations).where(eq(consultations.id, c.consultationId));
    await expectConsistent();
    expect((await maintained())[`${s.tree.villageA.id}|2026-05-01|c`]).toBeUndefined();
  });
});
