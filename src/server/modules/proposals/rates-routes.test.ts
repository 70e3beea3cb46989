import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROPOSAL_RATES, RATE_FILTERS } from '../../../shared/access/proposals';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { HandlingList, RatesResponse } from '../../../shared/api/proposals';
import { proposalHandlings } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { assign, meeting, proposalScene, REPLY, step } from './testing';

type ErrorBody = Wire<typeof ErrorBodySchema>;
type Rates = Wire<typeof RatesResponse>;
type List = Wire<typeof HandlingList>;

let t: TestApp;
let s: Awaited<ReturnType<typeof proposalScene>>;
const YEAR = 2030; // this file's handlings count in a year of their own

type Path = 'assigned' | 'replied' | 'met' | 'satisfied' | 'basically_satisfied' | 'unsatisfied';

/** Takes a handling as far as `path` says, through the API. */
async function walk(id: string, path: Path) {
  if (path === 'assigned') return;
  await step(unitOf(id), id, 'reply', REPLY);
  if (path === 'replied') return;
  await step(unitOf(id), id, 'meet', meeting());
  if (path === 'met') return;
  await step(s.member.agent, id, 'rate', { satisfaction: path, note: '意见' });
}
const units = new Map<string, 'a' | 'b'>();
const unitOf = (id: string) => (units.get(id) === 'a' ? s.department.agent : s.department2.agent);

beforeAll(async () => {
  t = await startTestApp();
  s = await proposalScene(t);
  // unit A: 满意, 不满意, met, assigned; unit B: replied, 基本满意, assigned
  const plan: [Path, Path | null][] = [
    ['satisfied', 'replied'],
    ['unsatisfied', 'basically_satisfied'],
    ['met', 'assigned'],
    ['assigned', null],
  ];
  for (const [a, b] of plan) {
    const outcomeId = await s.proposal();
    const card = await assign(s.liaison.agent, outcomeId, {
      units: [{ unitId: s.department.id, year: YEAR }, ...(b ? [{ unitId: s.department2.id, year: YEAR }] : [])],
      proposerId: s.member.id,
    });
    for (const h of card.items) {
      const which = h.unit.id === s.department.id ? 'a' : 'b';
      units.set(h.id, which);
      await walk(h.id, (which === 'a' ? a : b) as Path);
    }
  }
  // a handling counted in another year stays out
  const other = await s.proposal();
  await assign(s.liaison.agent, other, { units: [{ unitId: s.department.id, year: YEAR + 1 }], proposer: '王五' });
});

const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  value: denominator ? numerator / denominator : null,
});

describe('GET /api/proposals/rates', () => {
  it('answers reply, meeting and satisfaction rates per unit, and the total', async () => {
    const res = await s.liaison.agent.get(`/api/proposals/rates?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    const rates = json<Rates>(res);
    expect(rates.year).toBe(YEAR);
    const byUnit = new Map(rates.units.map((u) => [u.unit.id, u]));
    expect(byUnit.get(s.department.id)).toMatchObject({
      assigned: 4,
      reply: rate(3, 4),
      meeting: rate(3, 4),
      satisfaction: rate(1, 2),
    });
    expect(byUnit.get(s.department2.id)).toMatchObject({
      assigned: 3,
      reply: rate(2, 3),
      meeting: rate(1, 3),
      satisfaction: rate(1, 1),
    });
    expect(rates.total).toEqual({ assigned: 7, reply: rate(5, 7), meeting: rate(4, 7), satisfaction: rate(2, 3) });
  });

  it('opens, for every number, exactly the list behind it', async () => {
    const rates = json<Rates>(await s.liaison.agent.get(`/api/proposals/rates?year=${YEAR}`));
    const rows = [
      ...rates.units.map((u) => ({ unitId: u.unit.id as string | undefined, row: u })),
      { unitId: undefined, row: rates.total },
    ];
    for (const { unitId, row } of rows)
      for (const r of PROPOSAL_RATES)
        for (const part of ['numerator', 'denominator'] as const) {
          const unit = unitId ? `&unitId=${unitId}` : '';
          const url = `/api/proposals/handlings?year=${YEAR}${unit}&filter=${RATE_FILTERS[r][part]}&pageSize=100`;
          const list = json<List>(await s.liaison.agent.get(url));
          expect(list.total, `${unitId ?? 'total'} ${r} ${part}`).toBe(row[r][part]);
          expect(list.items).toHaveLength(row[r][part]);
          if (unitId) expect(list.items.every((i) => i.unit.id === unitId && i.year === YEAR)).toBe(true);
        }
    // and the opposites: unreplied and unmet make up the rest, unsatisfied the rest of the rated
    const count = async (filter: string) =>
      json<List>(await s.liaison.agent.get(`/api/proposals/handlings?year=${YEAR}&filter=${filter}`)).total;
    expect(await count('unreplied')).toBe(rates.total.assigned - rates.total.reply.numerator);
    expect(await count('unmet')).toBe(rates.total.assigned - rates.total.meeting.numerator);
    expect(await count('unsatisfied')).toBe(rates.total.satisfaction.denominator - rates.total.satisfaction.numerator);
  });

  it('counts what a unit sees: its own and its fellow units’ on the same proposals', async () => {
    const b = json<Rates>(await s.department2.agent.get(`/api/proposals/rates?year=${YEAR}`));
    expect(b.units.map((u) => u.unit.id).sort()).toEqual([s.department.id, s.department2.id].sort());
    // unit A's handling on the fourth proposal is not shared with B
    expect(b.units.find((u) => u.unit.id === s.department.id)?.assigned).toBe(3);
  });

  it('narrows to a place, defaults to this year; 401, 400', async () => {
    const elsewhere = json<Rates>(
      await s.liaison.agent.get(`/api/proposals/rates?year=${YEAR}&placeId=${s.tree.townB.id}`),
    );
    expect(elsewhere.units).toEqual([]);
    expect(elsewhere.total.assigned).toBe(0);
    expect(elsewhere.total.reply.value).toBeNull();
    const here = json<Rates>(await s.leader.agent.get(`/api/proposals/rates?year=${YEAR}&placeId=${s.tree.townA.id}`));
    expect(here.total.assigned).toBe(7);
    const now = json<Rates>(await s.liaison.agent.get('/api/proposals/rates'));
    expect(now.year).toBe(new Date(Date.now() + 8 * 3600_000).getUTCFullYear());
    expect(json<Rates>(await s.liaisonB.agent.get(`/api/proposals/rates?year=${YEAR}`)).total.assigned).toBe(0);
    expect((await new Agent(t.app).get('/api/proposals/rates')).statusCode).toBe(401);
    const bad = await s.liaison.agent.get('/api/proposals/rates?year=20x&placeId=1');
    expect(bad.statusCode).toBe(400);
    expect(((JSON.parse(bad.body) as ErrorBody).fields ?? []).map((f) => f.path).sort()).toEqual(['placeId', 'year']);
  });

  it('marks handlings not replied by their due date as overdue', async () => {
    const list = json<List>(
      await s.liaison.agent.get(`/api/proposals/handlings?year=${YEAR}&unitId=${s.department2.id}&filter=unreplied`),
    );
    const id = list.items[0]?.id as string;
    expect(list.items[0]?.isOverdue).toBe(false);
    await t.db
      .update(proposalHandlings)
      .set({ dueAt: new Date(Date.now() - 1000) })
      .where(eq(proposalHandlings.id, id));
    const after = json<List>(
      await s.liaison.agent.get(`/api/proposals/handlings?year=${YEAR}&unitId=${s.department2.id}&filter=unreplied`),
    );
    expect(after.items[0]).toMatchObject({ id, isOverdue: true });
  });
});
