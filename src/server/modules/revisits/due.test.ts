import { beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { setTask } from '../tasks/testing';
import {
  allWell,
  carriedOutOutcome,
  type DueRevisits,
  fieldsOf,
  NO_SUCH,
  type RevisitScene,
  record,
  revisitScene,
  setReviewDue,
} from './testing';

let t: TestApp;
let s: RevisitScene;
const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY);
const due = (by: Agent, query = '') => by.get(`/api/revisits/due${query}`);
const codes = (res: Awaited<ReturnType<typeof due>>) => json<DueRevisits>(res).items.map((i) => i.outcome.code);
let overdue: string;
let soon: string;
let overdueId: string;

// township A: one carried-out outcome 10 days past its review date, one due in 5 days, one in 30
// (not yet on the list), one without a date, and one being carried out again (never on it)
beforeAll(async () => {
  t = await startTestApp();
  s = await revisitScene(t);
  const [a, b, c, d] = [
    await carriedOutOutcome(s),
    await carriedOutOutcome(s),
    await carriedOutOutcome(s),
    await carriedOutOutcome(s),
  ];
  await setReviewDue(t, a.outcome.id, at(-10));
  await setReviewDue(t, b.outcome.id, at(5));
  await setReviewDue(t, c.outcome.id, at(30));
  await setReviewDue(t, d.outcome.id, null);
  await setReviewDue(t, s.carried.outcome.id, at(-20));
  await setTask(s.liaison.agent, { outcomeId: s.carried.outcome.id, ownerId: s.department.id }); // 落实中 again
  await setReviewDue(t, s.carried.outcome.id, at(-20)); // a stale date must not put it on the list
  overdue = a.outcome.code;
  overdueId = a.outcome.id;
  soon = b.outcome.code;
});

describe('GET /api/revisits/due', () => {
  it('lists the region’s revisits whose date has come or comes within 14 days, the oldest first', async () => {
    const res = await due(s.liaison.agent);
    expect(res.statusCode, res.body).toBe(200);
    const list = json<DueRevisits>(res);
    expect(list).toMatchObject({ total: 2, counts: { due: 2, overdue: 1 }, dueWithinDays: 14, page: 1 });
    expect(list.items.map((i) => [i.outcome.code, i.reviewState])).toEqual([
      [overdue, 'overdue'],
      [soon, 'due_soon'],
    ]);
    expect(list.items[0]).toMatchObject({
      outcome: { id: overdueId },
      place: { id: s.tree.townA.id, kind: 'township' },
      revisitCount: 0,
      lastVisitedAt: null,
    });
    expect(list.items[0]?.carriedOutAt).not.toBeNull();
  });

  it('shows members and the district leader the same; beneath a place, only what lies there', async () => {
    expect(codes(await due(s.member.agent))).toEqual([overdue, soon]);
    expect(codes(await due(s.leader.agent))).toEqual([overdue, soon]);
    expect(codes(await due(s.leader.agent, `?placeId=${s.tree.townA.id}`))).toEqual([overdue, soon]);
    expect(codes(await due(s.leader.agent, `?placeId=${s.tree.townB.id}`))).toEqual([]);
    expect(codes(await due(s.liaison.agent, `?placeId=${s.tree.villageA.id}`))).toEqual([]);
    expect(codes(await due(s.liaisonB.agent))).toEqual([]); // township B has none
  });

  it('pages', async () => {
    const second = json<DueRevisits>(await due(s.liaison.agent, '?page=2&pageSize=1'));
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1, counts: { due: 2, overdue: 1 } });
    expect(second.items.map((i) => i.outcome.code)).toEqual([soon]);
  });

  it('answers 401, 403 to one with no role of a region, 404 for a place outside one’s reach, 400 on bad input', async () => {
    expect((await due(new Agent(t.app))).statusCode).toBe(401);
    expect((await due(s.department.agent)).statusCode).toBe(403);
    const admin = await buildAccount(t.app, t.db, { role: 'admin', place: s.tree.district });
    expect((await due(admin.agent)).statusCode).toBe(403);
    expect((await due(s.liaisonB.agent, `?placeId=${s.tree.townA.id}`)).statusCode).toBe(404);
    expect((await due(s.liaison.agent, `?placeId=${s.tree.district.id}`)).statusCode).toBe(404);
    expect((await due(s.liaison.agent, `?placeId=${NO_SUCH}`)).statusCode).toBe(404);
    const bad = await due(s.liaison.agent, '?placeId=x&page=0');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['page', 'placeId']);
  });

  it('a revisit recorded takes the outcome off the list, unless it asks for the next one soon', async () => {
    const res = await record(s.liaison.agent, overdueId, allWell({ nextReviewAt: at(3).toISOString() }));
    expect(res.statusCode, res.body).toBe(201);
    const list = json<DueRevisits>(await due(s.liaison.agent));
    expect(list.items.map((i) => [i.outcome.code, i.reviewState, i.revisitCount])).toEqual([
      [overdue, 'due_soon', 1],
      [soon, 'due_soon', 0],
    ]);
    expect(list.items[0]?.lastVisitedAt).not.toBeNull();
    expect(list.counts).toEqual({ due: 2, overdue: 0 });
    await record(s.liaison.agent, overdueId, allWell());
    expect(codes(await due(s.liaison.agent))).toEqual([soon]);
  });
});
