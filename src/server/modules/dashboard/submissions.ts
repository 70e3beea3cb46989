import { and, eq, sql } from 'drizzle-orm';
import { SUBMISSION_CHANNELS } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { categories, places, submissions } from '../../platform/db/schema';
import { inboxFilters } from '../submissions';
import { type Period, wholeMonthsOf } from './period';
import {
  averageOf,
  bump,
  childOf,
  countWhere,
  type DashboardPlace,
  type Part,
  partsOf,
  type Section,
  type SectionResult,
  type Values,
} from './section';
import {
  addCategory,
  addChild,
  addRaw,
  countRolled,
  emptyTally,
  overdueRolled,
  type Raw,
  rollupPlan,
  type Tally,
} from './submissions-rolled';

/** The levels sorting takes a submission to (分办到网格、社区、街道、部门): the statuses that name them. */
const LEVELS = ['grid', 'community', 'township', 'department'] as const;

/** Counts the rows received in [start, end) with the inbox's own filters, one grouped query. */
async function countLive(db: DbOrTx, actor: Actor, place: DashboardPlace, start: Date, end: Date, into: Tally) {
  const now = new Date();
  const q = { placeId: place.id ?? undefined, from: start, to: end, overdue: undefined };
  const rows = await db
    .select({
      child: childOf(places.path, place),
      channel: submissions.channel,
      categoryId: categories.id,
      categoryName: categories.name,
      status: submissions.status,
      n: sql<number>`count(*)::int`,
      sorted: countWhere(inboxFilters(actor, { ...q, sorted: true }, now, null)),
      rated: countWhere(inboxFilters(actor, { ...q, rated: true }, now, null)),
      satisfactionSum: sql<number>`coalesce(sum(${submissions.satisfaction}), 0)::int`,
    })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .leftJoin(categories, eq(categories.id, submissions.categoryId))
    .where(and(...inboxFilters(actor, q, now, null)))
    .groupBy(sql`1`, submissions.channel, categories.id, categories.name, submissions.status);
  for (const r of rows) {
    const raw = {
      received: r.n,
      sorted: r.sorted,
      solved: r.status === 'solved' ? r.n : 0,
      rated: r.rated,
      satisfactionSum: r.satisfactionSum,
    };
    addRaw(into.total, raw);
    addChild(into, r.child, raw);
    bump(into.byChannel, r.channel, r.n);
    bump(into.byLevel, r.status, r.n);
    if (r.categoryId) addCategory(into, r.categoryId, r.categoryName ?? '', r.n);
  }
}

/** 超期 live (it depends on now), with the inbox's own filter, by child. */
async function overdueLive(db: DbOrTx, actor: Actor, place: DashboardPlace, period: Period, now: Date) {
  const q = { placeId: place.id ?? undefined, from: period.start, to: period.end, overdue: true };
  const rows = await db
    .select({ child: childOf(places.path, place), n: sql<number>`count(*)::int` })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .where(and(...inboxFilters(actor, q, now, null)))
    .groupBy(sql`1`);
  return rows;
}

/**
 * 民意收集: received (by channel, category, level sorted to), sorted, solved, satisfaction. Whole
 * months come from the rollups where they may stand for the inbox (a district, a township or all of
 * a reach, seen whole by place), the days around them and every other place live. Each way counts
 * what the inbox lists under the figure's link. 超期 is apart (overdueFigures): it moves with the clock.
 */
export async function submissionFigures(
  db: DbOrTx,
  actor: Actor,
  place: DashboardPlace,
  period: Period,
): Promise<SectionResult> {
  const now = new Date();
  const tally = emptyTally();
  const plan = await rollupPlan(db, actor, place);
  const split = plan ? wholeMonthsOf(period, now) : null;
  if (plan && split?.months)
    await Promise.all([
      countRolled(db, plan, split.months, tally, now),
      ...split.edges.map((e) => countLive(db, actor, place, e.start, e.end, tally)),
    ]);
  else await countLive(db, actor, place, period.start, period.end, tally);
  return resultOf(tally);
}

/**
 * 超期: received in the period and open past their due time now — from the open rows' index where
 * the rollups may stand for the inbox, else live with the inbox's own filter; by child.
 */
export const overdueFigures: Section = async (db, actor, place, period) => {
  const now = new Date();
  const plan = await rollupPlan(db, actor, place);
  const rows = plan
    ? await overdueRolled(db, place, plan, period, now)
    : await overdueLive(db, actor, place, period, now);
  const children = new Map<string, Values>();
  let total = 0;
  for (const r of rows) {
    total += r.n;
    if (r.child) children.set(r.child, { overdue: (children.get(r.child)?.overdue ?? 0) + r.n });
  }
  return { total: { overdue: total }, breakdowns: [], children };
};

/**
 * Received by category, most first. Categories are configured per district, so a reach of many
 * districts holds the same name many times (a province: 815 categories, a dozen names): those are
 * one part, linked by name; a name held once links by its category.
 */
function categoryParts(byCategory: Tally['byCategory']): Part[] {
  const byName = new Map<string, { ids: string[]; n: number }>();
  for (const [id, c] of byCategory) {
    if (c.n === 0) continue;
    const named = byName.get(c.label) ?? { ids: [], n: 0 };
    named.ids.push(id);
    named.n += c.n;
    byName.set(c.label, named);
  }
  return [...byName]
    .sort((a, b) => b[1].n - a[1].n)
    .map(([name, c]): Part => {
      const [only] = c.ids.length === 1 ? c.ids : [];
      return only
        ? { key: only, label: name, value: c.n, link: { categoryId: only } }
        : { key: `name:${name}`, label: name, value: c.n, link: { categoryName: name } };
    });
}

function resultOf(t: Tally): SectionResult {
  const figures = (r: Raw): Values => ({
    received: r.received,
    sorted: r.sorted,
    solved: r.solved,
    satisfaction: averageOf(r.satisfactionSum, r.rated),
  });
  const children = new Map<string, Values>();
  for (const [child, raw] of t.children) children.set(child, figures(raw));
  return {
    total: figures(t.total),
    breakdowns: [
      {
        figure: 'received',
        by: 'channel',
        parts: partsOf(SUBMISSION_CHANNELS, t.byChannel, (channel) => ({ channel })),
      },
      { figure: 'received', by: 'category', parts: categoryParts(t.byCategory) },
      { figure: 'sorted', by: 'level', parts: partsOf(LEVELS, t.byLevel, (status) => ({ status })) },
    ],
    children,
  };
}
