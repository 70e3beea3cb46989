// Reading a monthly rollup table (submission_rollups, deliberation_rollups: place, month, key, n —
// kept by the database's triggers): one grouped statement, whatever the table.
import { and, gte, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { shanghaiDate } from '../calendar';
import type { DbOrTx } from '.';
import { anyOf } from './arrays';
import type { deliberationRollups, submissionRollups } from './schema';

export type RollupRow = { placeId: string; month: string; key: string; n: number };

export type RollupQuery = {
  placeIds: readonly string[];
  /** 'YYYY-MM-01', both included */
  fromMonth: string;
  toMonth: string;
  /** one row per month ('YYYY-MM-DD'), else summed over the months (month '') */
  byMonth?: boolean;
  /** only these keys… */
  keys?: readonly string[];
  /** …and those starting with one of these (`ts:` → every source), in the index scan */
  prefixes?: readonly string[] | undefined;
  /** summed over the places too (placeId ''), as a trend wants them: a dozen rows, not one per place and month */
  acrossPlaces?: boolean;
};

/** The key after every key starting with `prefix` in code-point order ('ts:' → 'ts;'). */
const pastPrefix = (prefix: string) =>
  prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

/**
 * SQL: the key is one of `keys` or starts with one of `prefixes` — compared in code-point order
 * (collate "C"), as the (place, key, month) index keeps them, so each is a range of that index.
 */
function keysIn(column: AnyPgColumn, keys: readonly string[], prefixes: readonly string[]) {
  const key = sql`${column} collate "C"`;
  const parts = [
    ...(keys.length ? [inArray(key, [...keys])] : []),
    ...prefixes.map((p) => and(gte(key, p), lt(key, pastPrefix(p)))),
  ];
  return parts.length ? or(...parts) : sql`false`;
}

/**
 * The rows of `table` for `q`, n summed over what `q` does not keep apart. Read as plain rows (a
 * province's reading is thousands of place × key sums; drizzle's mapping of each row's fields cost
 * more than the statement).
 */
export async function readRollups(
  db: DbOrTx,
  table: typeof submissionRollups | typeof deliberationRollups,
  q: RollupQuery,
): Promise<RollupRow[]> {
  if (q.placeIds.length === 0 || q.fromMonth > q.toMonth) return [];
  const r = table as typeof submissionRollups; // the same columns
  const where = and(
    anyOf(r.placeId, q.placeIds, 'uuid'),
    gte(r.month, q.fromMonth),
    lte(r.month, q.toMonth),
    q.keys ? keysIn(r.key, q.keys, q.prefixes ?? []) : undefined,
  );
  // one JSON value, parsed at once, rather than a protocol row of four fields per sum
  const res = (await db.execute(sql`
    select coalesce(json_agg(json_build_object('placeId', "placeId", 'month', "month", 'key', "key", 'n', "n")), '[]') as "rows"
      from (select ${q.acrossPlaces ? sql`''` : sql`${r.placeId}::text`} as "placeId",
                   ${q.byMonth ? sql`to_char(${r.month}, 'YYYY-MM-DD')` : sql`''`} as "month",
                   ${r.key} as "key", sum(${r.n})::float8 as "n"
              from ${r} where ${where} group by 1, 2, 3) t`)) as unknown as { rows: { rows: RollupRow[] | string }[] };
  const rows = res.rows[0]?.rows ?? [];
  return typeof rows === 'string' ? (JSON.parse(rows) as RollupRow[]) : rows;
}

/** The prefix of a district's yearly rows (migrations 0022, 0023): month 1 January, every key again as y:<key>. */
export const YEARLY = 'y:';
/** The prefix of a district's daily rows (migration 0025, deliberation only): month the day, consultations' keys as d:<key>. */
export const DAILY = 'd:';

/**
 * Do the months [from, to] ('YYYY-MM-01') take whole years? From a January to a December — or to
 * this month or later, since nothing is recorded after now; but not for records dated `ahead`
 * (consultations are scheduled months before they start: a year holds them all).
 */
export function takesWholeYears(from: string, to: string, now: Date, ahead = false) {
  if (!from.endsWith('-01-01')) return false;
  return to.endsWith('-12-01') || (!ahead && to >= `${shanghaiDate(now).slice(0, 7)}-01`);
}

/** The months after `month` ('YYYY-MM-01') to the end of its year: none for a December. */
const restOfYear = (month: string) => {
  const m = Number(month.slice(5, 7));
  return m === 12
    ? null
    : { from: `${month.slice(0, 5)}${String(m + 1).padStart(2, '0')}-01`, to: `${month.slice(0, 4)}-12-01` };
};

/**
 * readRollups, and of districts alone (`o.districts`), not by month, from January: their yearly rows
 * (a twelfth of the rows) — for whole years as they are; for a year cut at a month (January to
 * October), less the months after it when those are fewer than the months before (the year to
 * November, for consultations scheduled ahead: the year less December). A reading of every key
 * leaves the yearly and daily rows out.
 */
export async function readRollupsOrYears(
  db: DbOrTx,
  table: typeof submissionRollups | typeof deliberationRollups,
  q: RollupQuery,
  o?: { districts: boolean; now: Date; ahead?: boolean },
): Promise<RollupRow[]> {
  const whole = o && takesWholeYears(q.fromMonth, q.toMonth, o.now, o.ahead);
  const rest = restOfYear(q.toMonth);
  const month = Number(q.toMonth.slice(5, 7));
  const cut = rest !== null && 12 - month < month; // fewer months after it than up to it
  if (!o?.districts || q.byMonth || !q.fromMonth.endsWith('-01-01') || !(whole || cut)) {
    const rows = await readRollups(db, table, q);
    return q.keys ? rows : rows.filter((r) => !r.key.startsWith(YEARLY) && !r.key.startsWith(DAILY));
  }
  const yearly = readRollups(db, table, {
    ...q,
    toMonth: `${q.toMonth.slice(0, 4)}-01-01`,
    keys: q.keys?.map((k) => YEARLY + k) ?? [],
    prefixes: q.keys ? q.prefixes?.map((p) => YEARLY + p) : [YEARLY],
  });
  const after = !whole && rest ? readRollups(db, table, { ...q, fromMonth: rest.from, toMonth: rest.to }) : [];
  const [years, tail] = await Promise.all([yearly, after]);
  if (tail.length === 0) return years.map((r) => ({ ...r, key: r.key.slice(YEARLY.length) }));
  // the year less its later months (which start in February or after: no yearly row among them)
  const sums = new Map<string, RollupRow>();
  const add = (r: RollupRow, key: string, n: number) => {
    const row = sums.get(`${r.placeId}|${key}`) ?? { placeId: r.placeId, month: r.month, key, n: 0 };
    row.n += n;
    sums.set(`${r.placeId}|${key}`, row);
  };
  for (const r of years) add(r, r.key.slice(YEARLY.length), r.n);
  for (const r of tail) add(r, r.key, -r.n);
  return [...sums.values()];
}
