// The inbox's counts by status (the tabs 待分办 12 · 网格办理 30 …) from the monthly rollups' `st:`
// keys where they may stand for counting the rows: a busy township's first page otherwise visits
// every row it ever received to count them, and that grows with the years (docs/scaling.md). The
// whole months of the asked range come from the rollups; the days before and after them, and
// every query the rollups know nothing of (a search, a category, 超期 …), are counted live.
import type { SQL } from 'drizzle-orm';
import { SUBMISSION_ROLES } from '../../../shared/access/submissions';
import type { SubmissionStatus } from '../../../shared/enums';
import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import { type Actor, reachOf } from '../../platform/auth/actor';
import { addMonths, monthStart, shanghaiDate, shanghaiHour } from '../../platform/calendar';
import type { DbOrTx } from '../../platform/db';
import { depthOf, pathIds } from '../../platform/db/place-path';
import { canCountByRollup, ROLLUP_DEPTH, readSubmissionRollups } from './rollups';
import type { ListSubmissionsInput } from './schemas';

type StatusRow = { status: SubmissionStatus; n: number };

/** The zone whose months the rollups count in (submission_rollup_keys). */
const ROLLUP_TIME_ZONE = 'Asia/Shanghai';

/** The filters the rollups keep apart: a query with any other is counted live. */
const ROLLED_FILTERS = new Set(['placeId', 'from', 'to', 'status', 'sort', 'page', 'pageSize']);

const monthOf = (instant: Date) => monthStart(shanghaiDate(instant));
const startOfMonth = (month: string) => shanghaiHour(month, 0);

/**
 * [from, to) cut into the whole months in it ('YYYY-MM-01', both included; null for none) and the
 * instants around them. A range open at either end has every month there; one that ends after now
 * ends at no month's middle (nothing is received after now).
 */
export function wholeMonthsBetween(from: Date | undefined, to: Date | undefined, now: Date) {
  const head = from ? monthOf(from) : null;
  const first = head === null ? null : startOfMonth(head).getTime() === from?.getTime() ? head : addMonths(head, 1);
  const open = !to || to.getTime() > now.getTime();
  const tail = to && !open ? monthOf(to) : null;
  // the month `to` falls in is never whole when the range ends before now: at best `to` is its first instant
  const last = tail === null ? null : addMonths(tail, -1);
  const fromMonth = first ?? '0001-01-01';
  const toMonth = open ? '9999-12-01' : (last ?? '9999-12-01');
  if (fromMonth > toMonth) return { months: null, edges: [{ start: from, end: to }] };
  const edges: { start: Date | undefined; end: Date | undefined }[] = [];
  if (from && first && startOfMonth(first).getTime() !== from.getTime())
    edges.push({ start: from, end: startOfMonth(first) });
  if (to && !open) {
    const end = startOfMonth(addMonths(toMonth, 1));
    if (end.getTime() !== to.getTime()) edges.push({ start: end, end: to });
  }
  return { months: { from: fromMonth, to: toMonth }, edges };
}

/**
 * The places whose rollups hold exactly the rows the inbox would count (the asked place, or every
 * top place of the viewer's reach), or null when the rollups may not stand for them: a filter they
 * do not keep, a place deeper than they go, rows the viewer sees another way than by place.
 */
export function rolledPlaces(actor: Actor, q: ListSubmissionsInput, placePath: string | null) {
  // the rollups' months are Beijing's (migration 0016): another zone's month edges are not theirs
  if (DEPLOYMENT_TIME_ZONE !== ROLLUP_TIME_ZONE) return null;
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== false && !ROLLED_FILTERS.has(k)) return null;
  const paths = placePath ? [placePath] : [...new Set(reachOf(actor, SUBMISSION_ROLES.read))];
  if (paths.length === 0 || paths.some((p) => depthOf(p) < 1 || depthOf(p) > ROLLUP_DEPTH + 1)) return null;
  if (!canCountByRollup(actor, paths, placePath === null)) return null;
  return { ids: paths.map((p) => pathIds(p).at(-1) as string), districts: paths.every((p) => depthOf(p) === 1) };
}

/**
 * The inbox's counts by status for `q` from the rollups of `places` over its whole months, and
 * the rest of its range counted live under `base` (the inbox's own conditions without its dates).
 */
export async function rolledStatusCounts(
  db: DbOrTx,
  places: { ids: readonly string[]; districts: boolean },
  q: ListSubmissionsInput,
  now: Date,
  liveWhere: (range: { start: Date | undefined; end: Date | undefined }) => SQL[],
  live: (where: SQL[]) => Promise<StatusRow[]>,
): Promise<StatusRow[]> {
  const split = wholeMonthsBetween(q.from, q.to, now);
  if (!split.months) return live(liveWhere({ start: q.from, end: q.to }));
  const [rolled, ...edges] = await Promise.all([
    readSubmissionRollups(
      db,
      {
        placeIds: places.ids,
        fromMonth: split.months.from,
        toMonth: split.months.to,
        keys: [],
        prefixes: ['st:'],
        acrossPlaces: true,
      },
      { districts: places.districts, now },
    ),
    ...split.edges.map((e) => live(liveWhere(e))),
  ]);
  const rows: StatusRow[] = rolled.map((r) => ({ status: r.key.slice(3) as SubmissionStatus, n: r.n }));
  return [...rows, ...edges.flat()];
}
