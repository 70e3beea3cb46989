import { and, eq, inArray, sql } from 'drizzle-orm';
import { SUBMISSION_CHANNELS } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { depthOf, pathIds } from '../../platform/db/place-path';
import { categories, places, submissions } from '../../platform/db/schema';
import {
  canCountByRollup,
  countOverdueUnder,
  inboxFilters,
  ROLLUP_BREAKDOWN_DEPTH,
  readSubmissionRollups,
} from '../submissions';
import { type Period, wholeMonthsOf } from './period';
import {
  averageOf,
  childOf,
  countWhere,
  type DashboardPlace,
  partsOf,
  type SectionResult,
  type Values,
} from './section';

/** The levels sorting takes a submission to (分办到网格、社区、街道、部门): the statuses that name them. */
const LEVELS = ['grid', 'community', 'township', 'department'] as const;

/** What the figures are made of, summed over rollups and live rows alike. */
type Raw = { received: number; sorted: number; solved: number; rated: number; satisfactionSum: number };
type Tally = {
  total: Raw;
  children: Map<string, Raw>;
  byChannel: Map<string, number>;
  byLevel: Map<string, number>;
  byCategory: Map<string, { label: string; n: number }>;
};

const zero = (): Raw => ({ received: 0, sorted: 0, solved: 0, rated: 0, satisfactionSum: 0 });
const emptyTally = (): Tally => ({
  total: zero(),
  children: new Map(),
  byChannel: new Map(),
  byLevel: new Map(),
  byCategory: new Map(),
});
const addRaw = (into: Raw, r: Raw) => {
  for (const k of Object.keys(into) as (keyof Raw)[]) into[k] += r[k];
};
const addChild = (t: Tally, child: string | null, r: Raw) => {
  if (!child) return;
  const row = t.children.get(child) ?? zero();
  addRaw(row, r);
  t.children.set(child, row);
};
const bump = (m: Map<string, number>, key: string, n: number) => m.set(key, (m.get(key) ?? 0) + n);
const addCategory = (t: Tally, id: string, label: string, n: number) => {
  const c = t.byCategory.get(id) ?? { label, n: 0 };
  t.byCategory.set(id, { label: c.label, n: c.n + n });
};

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

type Node = { id: string; path: string; depth: number };
const nodeOf = (path: string): Node => ({ id: pathIds(path).at(-1) ?? '', path, depth: depthOf(path) - 1 });

/**
 * The places whose rollups make the figures — the place (or each top place of a reach) and its
 * children — when the rollups may stand for the inbox's count; null when they may not.
 */
async function rollupPlan(db: DbOrTx, actor: Actor, place: DashboardPlace) {
  const tops = place.id ? [nodeOf(place.path)] : (place.tops ?? []).map(nodeOf);
  if (tops.length === 0 || tops.some((t) => t.depth > ROLLUP_BREAKDOWN_DEPTH)) return null;
  if (
    !canCountByRollup(
      actor,
      tops.map((t) => t.path),
      place.id === null,
    )
  )
    return null;
  const children = place.id
    ? (await db.select({ path: places.path }).from(places).where(eq(places.parentId, place.id))).map((c) =>
        nodeOf(c.path),
      )
    : tops;
  return { tops, children };
}

/** Adds the rollups of whole months to the tally: the tops' rows to the total, each child's to it. */
async function countRolled(
  db: DbOrTx,
  plan: { tops: Node[]; children: Node[] },
  months: { from: string; to: string },
  into: Tally,
) {
  const ids = [...new Set([...plan.tops, ...plan.children].map((p) => p.id))];
  const rows = await readSubmissionRollups(db, { placeIds: ids, fromMonth: months.from, toMonth: months.to });
  const byPlace = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const keys = byPlace.get(r.placeId) ?? new Map<string, number>();
    byPlace.set(r.placeId, bump(keys, r.key, r.n));
  }
  const rawOf = (keys: Map<string, number> | undefined): Raw => {
    const n = (k: string) => keys?.get(k) ?? 0;
    return {
      received: n('n'),
      sorted: n('n') - n('st:received'),
      solved: n('st:solved'),
      rated: n('rated'),
      satisfactionSum: n('sat'),
    };
  };
  const topIds = new Set(plan.tops.map((t) => t.id));
  const categoryIds = new Set<string>();
  for (const [placeId, keys] of byPlace) {
    if (!topIds.has(placeId)) continue;
    addRaw(into.total, rawOf(keys));
    for (const [key, n] of keys) {
      if (key.startsWith('ch:')) bump(into.byChannel, key.slice(3), n);
      else if (key.startsWith('st:')) bump(into.byLevel, key.slice(3), n);
      else if (key.startsWith('cat:')) categoryIds.add(key.slice(4));
    }
  }
  for (const child of plan.children) addChild(into, child.path, rawOf(byPlace.get(child.id)));
  if (categoryIds.size === 0) return;
  const names = await db
    .select({ id: categories.id, name: categories.name })
    .from(categories)
    .where(inArray(categories.id, [...categoryIds]));
  for (const c of names)
    for (const t of plan.tops) {
      const n = byPlace.get(t.id)?.get(`cat:${c.id}`) ?? 0;
      if (n) addCategory(into, c.id, c.name, n);
    }
}

/** 超期 from the open rows' index, by child (the place's children, or each top of a reach). */
async function overdueRolled(
  db: DbOrTx,
  place: DashboardPlace,
  plan: { tops: Node[]; children: Node[] },
  period: Period,
  now: Date,
) {
  const pathOf = new Map(plan.children.map((c) => [c.id, c.path]));
  const out: { child: string | null; n: number }[] = [];
  const groups = place.id
    ? [{ places: plan.tops, childDepth: (plan.tops[0]?.depth ?? 0) + 1 }]
    : [...new Set(plan.tops.map((t) => t.depth))].map((d) => ({
        places: plan.tops.filter((t) => t.depth === d),
        childDepth: d,
      }));
  for (const g of groups) {
    const rows = await countOverdueUnder(db, { ...g, from: period.start, to: period.end }, now);
    for (const r of rows) out.push({ child: r.child ? (pathOf.get(r.child) ?? null) : null, n: r.n });
  }
  return out;
}

/**
 * 民意收集: received (by channel, category, level sorted to), sorted, solved, overdue, satisfaction.
 * Whole months come from the rollups where they may stand for the inbox (a district, a township
 * or all of a reach, seen whole by place), the days around them and every other place live; 超期
 * is always live. Each way counts what the inbox lists under the figure's link.
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
  let overdue: { child: string | null; n: number }[];
  if (plan && split?.months) {
    const [o] = await Promise.all([
      overdueRolled(db, place, plan, period, now),
      countRolled(db, plan, split.months, tally),
      ...split.edges.map((e) => countLive(db, actor, place, e.start, e.end, tally)),
    ]);
    overdue = o;
  } else {
    const [o] = await Promise.all([
      overdueLive(db, actor, place, period, now),
      countLive(db, actor, place, period.start, period.end, tally),
    ]);
    overdue = o;
  }
  return resultOf(tally, overdue);
}

function resultOf(t: Tally, overdue: { child: string | null; n: number }[]): SectionResult {
  const figures = (r: Raw, o: number): Values => ({
    received: r.received,
    sorted: r.sorted,
    solved: r.solved,
    overdue: o,
    satisfaction: averageOf(r.satisfactionSum, r.rated),
  });
  const overdueOf = new Map<string, number>();
  for (const o of overdue) if (o.child) bump(overdueOf, o.child, o.n);
  const children = new Map<string, Values>();
  for (const [child, raw] of t.children) children.set(child, figures(raw, overdueOf.get(child) ?? 0));
  // every overdue row is a received one, so its child is already there; kept whole all the same
  for (const [child, n] of overdueOf) if (!children.has(child)) children.set(child, figures(zero(), n));
  return {
    total: figures(
      t.total,
      overdue.reduce((a, o) => a + o.n, 0),
    ),
    breakdowns: [
      {
        figure: 'received',
        by: 'channel',
        parts: partsOf(SUBMISSION_CHANNELS, t.byChannel, (channel) => ({ channel })),
      },
      {
        figure: 'received',
        by: 'category',
        parts: [...t.byCategory]
          .filter(([, c]) => c.n !== 0)
          .sort((a, b) => b[1].n - a[1].n)
          .map(([id, c]) => ({ key: id, label: c.label, value: c.n, link: { categoryId: id } })),
      },
      { figure: 'sorted', by: 'level', parts: partsOf(LEVELS, t.byLevel, (status) => ({ status })) },
    ],
    children,
  };
}

/**
 * Received and solved by month ('YYYY-MM' → n) over the whole months of [from, period's end) from
 * the rollups, and the months left to count live; null when the rollups may not stand for the inbox.
 */
export async function rolledTrend(
  db: DbOrTx,
  actor: Actor,
  place: DashboardPlace,
  period: Period,
  firstMonth: string,
  now: Date,
) {
  const plan = await rollupPlan(db, actor, place);
  if (!plan) return null;
  const split = wholeMonthsOf({ ...period, from: `${firstMonth}-01` }, now);
  if (!split.months) return null;
  const rows = await readSubmissionRollups(db, {
    placeIds: plan.tops.map((t) => t.id),
    fromMonth: split.months.from,
    toMonth: split.months.to,
    byMonth: true,
    keys: ['n', 'st:solved'],
  });
  const received = new Map<string, number>();
  const solved = new Map<string, number>();
  for (const r of rows) bump(r.key === 'n' ? received : solved, r.month.slice(0, 7), r.n);
  return { received, solved, edges: split.edges };
}
