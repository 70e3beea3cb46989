import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardOutcomePage, BoardResponse } from '../../../shared/api/accountability';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { consultations, outcomeRecipients, places, submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { buildConsultation } from '../consultations/testing';
import { yearOf } from './period';
import { BOARD_READ_LIMIT } from './routes';
import { makeOutcome, makeTask } from './testing';

type Board = Wire<typeof BoardResponse>;
type Page = Wire<typeof BoardOutcomePage>;
type ErrorBody = Wire<typeof ErrorBodySchema>;

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const lastYear = () => new Date(yearOf(new Date()).start.getTime() - 10 * DAY);

// what must never reach the public board
const RESIDENT = { name: '王秀英', phone: '13987654321' };
const SECRETS = {
  draftTitle: '草稿成果：尚未定稿的停车方案',
  outcomeBody: '正文仅供报送：联系人李主任',
  taskDetail: '内部备注：先联系施工队老周',
  taskReason: '内部备注：资金明年才到位',
  reply: '部门答复：已列入明年预算',
  instruction: '领导批示：请住建局牵头',
  cancelledConsensus: '已取消的协商里的共识',
};

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let ipSeq = 0;
/** A phone of its own: a fresh address, so the per-address limit stays out of the way. */
const phone = () => new Agent(t.app, {}, `127.3.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`);
const board = (place: { code: string }) => phone().get(`/api/public/places/${place.code}/board`);
const outcomesPage = (place: { code: string }, query: string) =>
  phone().get(`/api/public/places/${place.code}/board/outcomes?${query}`);

/** A submission raised by a resident who left a name and phone, then sorted and rated as given. */
async function raised(
  place: BuiltPlace,
  change: Partial<typeof submissions.$inferInsert> = {},
  contact: { contactName?: string; phone?: string; consent?: boolean } = {},
) {
  const res = await phone().post(`/api/public/places/${place.code}/submissions`, {
    content: '小区停车太难了，晚上经常找不到车位',
    ...contact,
  });
  expect(res.statusCode, res.body).toBe(201);
  const code = json<Wire<typeof SubmissionCreatedResponse>>(res).trackingCode;
  if (Object.keys(change).length > 0)
    await t.db.update(submissions).set(change).where(eq(submissions.trackingCode, code));
  return code;
}

let codes: Record<'draft' | 'sent' | 'answered' | 'carrying' | 'done' | 'old' | 'onCancelled', string>;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  const dept = await buildAccount(t.app, t.db, { role: 'department', place: tree.district });

  // submissions: three this year in township A's subtree, one last year, one in township B
  await raised(tree.villageA, {}, { contactName: RESIDENT.name, phone: RESIDENT.phone, consent: true });
  await raised(tree.gridA, { status: 'solved', satisfaction: 5, ratedAt: new Date() });
  await raised(tree.townA, { status: 'township', satisfaction: 4, ratedAt: new Date() });
  await raised(tree.villageA, { status: 'solved', satisfaction: 2, ratedAt: lastYear(), createdAt: lastYear() });
  await raised(tree.villageB, { status: 'solved', satisfaction: 1, ratedAt: new Date() });

  // consultations: two concluded this year, one last year (on the same topic as the village's),
  // one cancelled, one scheduled, one in township B
  const cA = await buildConsultation(t.db, {
    place: tree.townA,
    status: 'concluded',
    startsAt: ago(2),
    consensus: ['在小区东侧空地增设停车位30个', '电动车错峰充电，充满即拔'],
  });
  const cV = await buildConsultation(t.db, {
    place: tree.villageA,
    status: 'concluded',
    startsAt: ago(1),
    consensus: ['村道每周清扫两次'],
  });
  const cOld = await buildConsultation(t.db, {
    place: tree.villageA,
    status: 'concluded',
    startsAt: lastYear(),
    consensus: ['去年商定的路灯维修'],
  });
  await t.db
    .update(consultations)
    .set({ concludedAt: lastYear(), topicId: cV.topicId })
    .where(eq(consultations.id, cOld.consultationId));
  const cCancelled = await buildConsultation(t.db, {
    place: tree.villageA,
    status: 'cancelled',
    consensus: [SECRETS.cancelledConsensus],
  });
  await buildConsultation(t.db, { place: tree.gridA, status: 'scheduled' });
  const cB = await buildConsultation(t.db, { place: tree.townB, status: 'concluded', consensus: ['外镇的共识'] });

  const at = (c: { consultationId: string }, place: BuiltPlace) => ({
    consultationId: c.consultationId,
    placeId: place.id,
  });
  const draft = await makeOutcome(t.db, { ...at(cA, tree.townA), status: 'draft', title: SECRETS.draftTitle });
  const sent = await makeOutcome(t.db, { ...at(cA, tree.townA), status: 'sent', sentAt: ago(5) });
  const answered = await makeOutcome(t.db, {
    ...at(cV, tree.villageA),
    status: 'answered',
    sentAt: ago(4),
    body: SECRETS.outcomeBody,
  });
  await t.db.insert(outcomeRecipients).values({
    outcomeId: answered.id,
    accountId: dept.id,
    reply: SECRETS.reply,
    repliedAt: new Date(),
    instruction: SECRETS.instruction,
    instructedAt: new Date(),
  });
  const carrying = await makeOutcome(t.db, { ...at(cA, tree.townA), status: 'carrying_out', sentAt: ago(3) });
  const task = { placeId: tree.townA.id, ownerId: dept.id };
  await makeTask(t.db, carrying, { ...task, status: 'accepted' });
  await makeTask(t.db, carrying, { ...task, status: 'in_progress', detail: SECRETS.taskDetail });
  await makeTask(t.db, carrying, { ...task, status: 'carried_over', statusReason: SECRETS.taskReason });
  const done = await makeOutcome(t.db, {
    ...at(cV, tree.villageA),
    status: 'carried_out',
    sentAt: ago(2),
    carriedOutAt: ago(1),
  });
  await makeTask(t.db, done, { ...task, status: 'accepted' });
  await makeTask(t.db, done, { ...task, status: 'accepted' });
  const old = await makeOutcome(t.db, {
    ...at(cOld, tree.villageA),
    status: 'carried_out',
    sentAt: lastYear(),
    carriedOutAt: lastYear(),
  });
  const onCancelled = await makeOutcome(t.db, { ...at(cCancelled, tree.villageA), status: 'sent' });
  await makeOutcome(t.db, { ...at(cB, tree.townB), status: 'carried_out' });
  codes = {
    draft: draft.code,
    sent: sent.code,
    answered: answered.code,
    carrying: carrying.code,
    done: done.code,
    old: old.code,
    onCancelled: onCancelled.code,
  };
});

describe('GET /api/public/places/:code/board', () => {
  it('shows the place with its path, for anyone, with a short public cache', async () => {
    const res = await board(tree.townA);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const b = json<Board>(res);
    expect(b.place).toEqual({
      code: tree.townA.code,
      name: tree.townA.name,
      kind: 'township',
      brand: null,
      path: [tree.district.name, tree.townA.name],
    });
    expect(b.year).toBe(yearOf(new Date()).year);
  });

  it('counts what the place and the places beneath it collected, sorted, consulted and carried out', async () => {
    const b = json<Board>(await board(tree.townA));
    expect(b.allTime).toEqual({
      collected: 4,
      sorted: 3, // all but the one still waiting to be sorted
      topicsConsulted: 2, // the village's two consultations were on one topic
      consultations: 3,
      carriedOut: 2,
      satisfaction: { mean: 3.67, rated: 3 }, // (5 + 4 + 2) / 3
    });
    expect(b.thisYear).toEqual({
      collected: 3,
      sorted: 2,
      topicsConsulted: 2,
      consultations: 2,
      carriedOut: 1,
      satisfaction: { mean: 4.5, rated: 2 },
    });
  });

  it("counts a village's own subtree only", async () => {
    const b = json<Board>(await board(tree.villageA));
    expect(b.allTime).toMatchObject({ collected: 3, sorted: 2, consultations: 2, topicsConsulted: 1, carriedOut: 2 });
  });

  it('lists the sent outcomes newest first, with their tasks accepted of all and those carried over', async () => {
    const { outcomes } = json<Board>(await board(tree.townA));
    expect(outcomes.items.map((o) => o.code)).toEqual([
      codes.done,
      codes.carrying,
      codes.answered,
      codes.sent,
      codes.old,
    ]);
    expect(outcomes).toMatchObject({ total: 5, page: 1, pageSize: 20, status: 'all' });
    const [done, carrying, answered] = outcomes.items;
    expect(carrying).toMatchObject({ status: 'carrying_out', tasks: { total: 3, accepted: 1, carriedOver: 1 } });
    expect(carrying?.carriedOutAt).toBeNull();
    expect(done).toMatchObject({ status: 'carried_out', tasks: { total: 2, accepted: 2, carriedOver: 0 } });
    expect(new Date(done?.carriedOutAt ?? '').getTime()).toBeCloseTo(ago(1).getTime(), -5);
    expect(answered).toMatchObject({ status: 'answered', type: 'recommendation', tasks: { total: 0 } });
  });

  it('shows the latest consensus of concluded consultations, the latest consultation first', async () => {
    const { consensus } = json<Board>(await board(tree.townA));
    expect(consensus.map((c) => c.text)).toEqual([
      '村道每周清扫两次',
      '在小区东侧空地增设停车位30个',
      '电动车错峰充电，充满即拔',
      '去年商定的路灯维修',
    ]);
    expect(consensus[1]).toMatchObject({ number: 1, consultation: { title: expect.any(String) } });
  });

  it('never shows a draft outcome, a cancelled consultation, a resident’s contact or an internal note', async () => {
    // the draft and the resident's contact are there to be left out: the staff's records hold them
    const [row] = await t.db.select().from(submissions).where(eq(submissions.contactName, RESIDENT.name));
    expect(row?.phoneMasked).toBeTruthy();
    const hidden = [...Object.values(SECRETS), RESIDENT.name, RESIDENT.phone, row?.phoneMasked ?? '', codes.draft];
    const [full, page] = await Promise.all([board(tree.townA), outcomesPage(tree.townA, 'status=all')]);
    for (const res of [full, page]) {
      expect(res.statusCode).toBe(200);
      for (const secret of hidden) expect(res.body).not.toContain(secret);
      expect(res.body).not.toContain(codes.onCancelled);
    }
  });

  it('is empty, not missing, where nothing is public yet', async () => {
    const quiet = await buildPlace(t.db, { parent: tree.townB, kind: 'community' });
    const b = json<Board>(await board(quiet));
    const zero = {
      collected: 0,
      sorted: 0,
      topicsConsulted: 0,
      consultations: 0,
      carriedOut: 0,
      satisfaction: { mean: null, rated: 0 },
    };
    expect(b.thisYear).toEqual(zero);
    expect(b.allTime).toEqual(zero);
    expect(b.outcomes).toMatchObject({ items: [], total: 0 });
    expect(b.consensus).toEqual([]);
  });

  it('answers 404 with the usual body for an unknown code, and for an archived place', async () => {
    const res = await phone().get('/api/public/places/no-such-place/board');
    expect(res.statusCode).toBe(404);
    expect(json<ErrorBody>(res)).toMatchObject({ code: 'not_found', message: expect.any(String) });
    expect(res.headers['cache-control']).not.toBe('public, max-age=60');
    const gone = await buildPlace(t.db, { parent: tree.townB, kind: 'village' });
    await t.db.update(places).set({ archivedAt: new Date() }).where(eq(places.id, gone.id));
    expect((await board(gone)).statusCode).toBe(404);
    expect((await outcomesPage(gone, '')).statusCode).toBe(404);
  });

  it('limits reads per address (429 with Retry-After), unknown codes included', async () => {
    const scraper = phone();
    for (let i = 0; i < BOARD_READ_LIMIT.max; i++) {
      const res = await scraper.get(`/api/public/places/probe-${i}/board`);
      expect(res.statusCode).toBe(404);
    }
    const refused = await scraper.get(`/api/public/places/${tree.townA.code}/board`);
    expect(refused.statusCode).toBe(429);
    expect(json<ErrorBody>(refused).code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await board(tree.townA)).statusCode).toBe(200); // another phone is not affected
  });
});

describe('GET /api/public/places/:code/board/outcomes', () => {
  it('filters by 落实中 and 已落实', async () => {
    const carrying = json<Page>(await outcomesPage(tree.townA, 'status=carrying_out'));
    expect(carrying.items.map((o) => o.code)).toEqual([codes.carrying]);
    expect(carrying).toMatchObject({ total: 1, status: 'carrying_out' });
    const done = json<Page>(await outcomesPage(tree.townA, 'status=carried_out'));
    expect(done.items.map((o) => o.code)).toEqual([codes.done, codes.old]);
    const all = json<Page>(await outcomesPage(tree.townA, ''));
    expect(all).toMatchObject({ total: 5, status: 'all', page: 1 });
  });

  it('pages by twenty, newest sent first', async () => {
    const town = await buildPlace(t.db, { parent: tree.district, kind: 'township' });
    const c = await buildConsultation(t.db, { place: town, status: 'concluded' });
    const made: string[] = [];
    for (let i = 0; i < 21; i++)
      made.push(
        (
          await makeOutcome(t.db, {
            consultationId: c.consultationId,
            placeId: town.id,
            status: 'sent',
            sentAt: ago(i),
          })
        ).code,
      );
    const first = json<Page>(await outcomesPage(town, 'page=1'));
    expect(first.items.map((o) => o.code)).toEqual(made.slice(0, 20));
    expect(first.total).toBe(21);
    const second = json<Page>(await outcomesPage(town, 'page=2'));
    expect(second.items.map((o) => o.code)).toEqual([made[20]]);
    const beyond = json<Page>(await outcomesPage(town, 'page=3'));
    expect(beyond).toMatchObject({ items: [], total: 21, page: 3 });
  });

  it('answers 400 naming each bad field', async () => {
    const res = await outcomesPage(tree.townA, 'status=done&page=0');
    expect(res.statusCode).toBe(400);
    expect((json<ErrorBody>(res).fields ?? []).map((f) => f.path).sort()).toEqual(['page', 'status']);
    const text = await outcomesPage(tree.townA, 'page=two');
    expect(text.statusCode).toBe(400);
    expect((json<ErrorBody>(text).fields ?? []).map((f) => f.path)).toEqual(['page']);
  });

  it('answers 404 for an unknown code', async () => {
    const res = await outcomesPage({ code: 'no-such-place' }, 'status=all');
    expect(res.statusCode).toBe(404);
    expect(json<ErrorBody>(res).code).toBe('not_found');
  });
});
