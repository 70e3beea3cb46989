// The 民意 figures' tally, and what the monthly rollups add to it: the places whose rollups stand
// for the inbox's count, whole months summed from them, 超期 from the open rows, the trend.
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { anyOf } from '../../platform/db/arrays';
import { depthOf, pathIds } from '../../platform/db/place-path';
import { categories, places } from '../../platform/db/schema';
import { canCountByRollup, countOverdueUnder, ROLLUP_BREAKDOWN_DEPTH, readSubmissionRollups } from '../submissions';
import { type Period, wholeMonthsOf } from './period';
import { bump, type DashboardPlace } from './section';

/** What the figures are made of, summed over rollups and live rows alike. */
export type Raw = { received: number; sorted: number; solved: number; rated: number; satisfactionSum: number };
export type Tally = {
  total: Raw;
  children: Map<string, Raw>;
  byChannel: Map<string, number>;
  byLevel: Map<string, number>;
  byCategory: Map<string, { label: string; n: number }>;
};

export const zero = (): Raw => ({ received: 0, sorted: 0, solved: 0, rated: 0, satisfactionSum: 0 });
export const emptyTally = (): Tally => ({
  total: zero(),
  children: new Map(),
  byChannel: new Map(),
  byLevel: new Map(),
  byCategory: new Map(),
});
export const addRaw = (into: Raw, r: Raw) => {
  for (const k of Object.keys(into) as (keyof Raw)[]) into[k] += r[k];
};
export const addChild = (t: Tally, child: string | null, r: Raw) => {
  if (!child) return;
  const row = t.children.get(child) ?? zero();
  addRaw(row, r);
  t.children.set(child, row);
};
export const addCategory = (t: Tally, id: string, label: string, n: number) => {
  const c = t.byCategory.get(id) ?? { label, n: 0 };
  t.byCategory.set(id, { label: c.label, n: c.n + n });
};

type Node = { id: string; path: string; depth: number };
const nodeOf = (path: string): Node => ({ id: pathIds(path).at(-1) ?? '', path, depth: depthOf(path) - 1 });

/**
 * The places whose rollups make the figures — the place (or each top place of a reach) and its
 * children — when the rollups may stand for the list's count (`may`: the inbox's by default); null
 * when they may not.
 */
export async function rollupPlan(
  db: DbOrTx,
  actor: Actor,
  place: DashboardPlace,
  may: (paths: string[], whole: boolean) => boolean = (paths, whole) => canCountByRollup(actor, paths, whole),
) {
  const tops = place.id ? [nodeOf(place.path)] : (place.tops ?? []).map(nodeOf);
  if (tops.length === 0 || tops.some((t) => t.depth > ROLLUP_BREAKDOWN_DEPTH)) return null;
  if (
    !may(
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
export async function countRolled(
  db: DbOrTx,
  plan: { tops: Node[]; children: Node[] },
  months: { from: string; to: string },
  into: Tally,
  now: Date,
) {
  const nodes = [...plan.tops, ...plan.children];
  const ids = [...new Set(nodes.map((p) => p.id))];
  const rows = await readSubmissionRollups(
    db,
    { placeIds: ids, fromMonth: months.from, toMonth: months.to },
    { districts: nodes.every((p) => p.depth === 0), now }, // a reach of districts: their yearly rows
  );
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
  const byCategory = new Map<string, number>();
  for (const [placeId, keys] of byPlace) {
    if (!topIds.has(placeId)) continue;
    addRaw(into.total, rawOf(keys));
    for (const [key, n] of keys) {
      if (key.startsWith('ch:')) bump(into.byChannel, key.slice(3), n);
      else if (key.startsWith('st:')) bump(into.byLevel, key.slice(3), n);
      else if (key.startsWith('cat:')) bump(byCategory, key.slice(4), n);
    }
  }
  for (const child of plan.children) addChild(into, child.path, rawOf(byPlace.get(child.id)));
  if (byCategory.size === 0) return;
  // a province's tops hold hundreds of categories: each named once, its count summed above
  const names = await db
    .select({ id: categories.id, name: categories.name })
    .from(categories)
    .where(anyOf(categories.id, [...byCategory.keys()], 'uuid'));
  for (const c of names) {
    const n = byCategory.get(c.id) ?? 0;
    if (n) addCategory(into, c.id, c.name, n);
  }
}

/** 超期 from the open rows' index, by child (the place's children, or each top of a reach). */
export async function overdueRolled(
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
    acrossPlaces: true,
  });
  const received = new Map<string, number>();
  const solved = new Map<string, number>();
  for (const r of rows) bump(r.key === 'n' ? received : solved, r.month.slice(0, 7), r.n);
  return { received, solved, edges: split.edges };
}
