import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { FigureKey } from '../../../shared/api/dashboard';
import type { PlaceKind } from '../../../shared/enums';
import { figureLink } from '../../../shared/figure-links';
import { sortPlacesByName } from '../../../shared/place-order';
import type { Ctx } from '../../platform/context';
import { anyOf } from '../../platform/db/arrays';
import { pathIds } from '../../platform/db/place-path';
import { places } from '../../platform/db/schema';
import { forbidden, notFound } from '../../platform/errors';
import { findVisiblePlace, visiblePlaces } from '../places';
import { coverageFigures } from './coverage';
import { deliberationFigures } from './deliberation';
import { dutyFigures } from './duty';
import { FIGURES } from './figures';
import { actorKey, figuresState, kept } from './kept';
import { outcomeFigures } from './outcomes';
import { type Period, periodOf } from './period';
import { canReadDashboard, dashboardRoots, readsDashboards } from './policy';
import { proposalFigures } from './proposals';
import type { Breakdown, DashboardPlace, Section, Values } from './section';
import { overdueFigures, submissionFigures } from './submissions';
import { trendOf } from './trend';

/** The sections counted from the records (kept under the figures' version: kept.ts), by name. */
const COUNTED = {
  coverage: coverageFigures,
  submissions: submissionFigures,
  deliberation: deliberationFigures,
  outcomes: outcomeFigures,
  proposals: proposalFigures,
  duty: dutyFigures,
} satisfies Record<string, Section>;
/** Those that move with the clock as well, kept only until the next due time: 超期. */
const LIVE = { overdue: overdueFigures } satisfies Record<string, Section>;
/** Every section, by name (the benchmark times each apart). */
export const DASHBOARD_SECTIONS = { ...COUNTED, ...LIVE };

/** A child's figures: key, unit and value (the console links them: ChildFigures). */
const childFiguresOf = (values: Values) =>
  (Object.keys(FIGURES) as FigureKey[])
    .filter((key) => key in values)
    .map((key) => ({ key, unit: FIGURES[key][1], value: values[key] ?? null }));

/** The place's figures: a child's, with their section, link and breakdowns. */
const figuresOf = (values: Values, placeId: string | undefined, period: Period, breakdowns: Breakdown[] = []) =>
  childFiguresOf(values).map((f) => ({
    ...f,
    section: FIGURES[f.key][0],
    link: figureLink(f.key, placeId, period),
    breakdowns: breakdowns
      .filter((b) => b.figure === f.key)
      .map((b) => ({
        by: b.by,
        parts: b.parts.map((p) => ({ ...p, link: p.link && figureLink(f.key, placeId, period, p.link) })),
      })),
  }));

/**
 * The place asked for, else the viewer's one top place, else all of the viewer's reach (null, when
 * it has several top places: a province leader holding the role at every district).
 */
export async function placeOf(ctx: Ctx, placeId: string | undefined) {
  const roots = dashboardRoots(ctx.actor);
  const id = placeId ?? (roots.length === 1 ? pathIds(roots[0] ?? '').at(-1) : undefined);
  if (!id) return { place: null, scope: { id: null, path: '/', tops: roots } satisfies DashboardPlace };
  const place = await findVisiblePlace(ctx.db, ctx.actor, id);
  if (!place || !canReadDashboard(ctx.actor, place.path)) throw notFound();
  return { place, scope: { id: place.id, path: place.path } satisfies DashboardPlace };
}

const ref = (p: { id: string; name: string; kind: PlaceKind }) => ({ id: p.id, name: p.name, kind: p.kind });

/**
 * The dashboard of a place in the actor's reach (or all of it) for a period: figures, children's
 * figures, trend. What the records alone decide is kept under the figures' version for the same
 * viewer, place and period (kept.ts); 超期 until the next due time among the open submissions.
 */
export async function getDashboard(ctx: Ctx, q: { placeId?: string | undefined; from?: string; to?: string }) {
  if (!readsDashboards(ctx.actor)) throw forbidden();
  const now = new Date();
  const period = periodOf(q, now);
  const [{ place, scope }, state] = await Promise.all([placeOf(ctx, q.placeId), figuresState(ctx.db, now)]);
  const key = `${actorKey(ctx.actor)}|${place?.id ?? '*'}|${period.from}|${period.to}`;
  const [counted, late] = await Promise.all([
    kept(ctx.db, state && { version: state.version, until: Number.POSITIVE_INFINITY }, key, () =>
      countedFigures(ctx, place, scope, period),
    ),
    kept(ctx.db, state && { version: state.version, until: state.nextDue }, `${key}|overdue`, () =>
      LIVE.overdue(ctx.db, ctx.actor, scope, period),
    ),
  ]);
  const { kids, above, trend } = counted;
  const results = [...counted.results, late];
  const total = Object.assign({}, ...results.map((r) => r.total)) as Values;
  const breakdowns = results.flatMap((r) => r.breakdowns);
  return {
    place: place ? ref(place) : null,
    // up from the widest place in reach: those above it are not the actor's to drill back to
    ancestors: above.filter((p) => canReadDashboard(ctx.actor, p.path)).map(ref),
    period: { from: period.from, to: period.to },
    figures: figuresOf(total, place?.id, period, breakdowns),
    children: kids.map((k) => {
      const values = Object.assign({}, ...results.map((r) => r.children.get(k.path) ?? zeroesLike(r.total)));
      return {
        place: ref(k),
        hasChildren: k.childCount > 0,
        figures: childFiguresOf(values),
      };
    }),
    trend,
    generatedAt: new Date(),
  };
}

/** The counted sections, the children, the way up and the trend, all at once: each its own query. */
async function countedFigures(
  ctx: Ctx,
  place: Awaited<ReturnType<typeof placeOf>>['place'],
  scope: DashboardPlace,
  period: Period,
) {
  const sections = Promise.all(Object.values(COUNTED).map((s) => s(ctx.db, ctx.actor, scope, period)));
  const [results, [kids, above, trend]] = await Promise.all([sections, childrenAndTrend(ctx, place, scope, period)]);
  return { results, kids, above, trend };
}

/** The children of the place (or the top places of a reach), the places above it, and the trend. */
function childrenAndTrend(
  ctx: Ctx,
  place: Awaited<ReturnType<typeof placeOf>>['place'],
  scope: DashboardPlace,
  period: Period,
) {
  const columns = {
    id: places.id,
    name: places.name,
    kind: places.kind,
    path: places.path,
    childCount: sql<number>`(select count(*)::int from places c where c.parent_id = "places"."id" and c.archived_at is null)`,
  };

  return Promise.all([
    ctx.db
      .select(columns)
      .from(places)
      .where(
        and(
          place
            ? eq(places.parentId, place.id)
            : anyOf(
                places.id,
                (scope.tops ?? []).map((t) => pathIds(t).at(-1) ?? ''),
                'uuid',
              ),
          isNull(places.archivedAt),
          visiblePlaces(ctx.actor),
        ),
      )
      .orderBy(asc(places.name))
      .then(sortPlacesByName), // as people count: 第二网格 before 第十网格
    place
      ? ctx.db
          .select({ id: places.id, name: places.name, kind: places.kind, path: places.path })
          .from(places)
          .where(inArray(places.id, pathIds(place.path).slice(0, -1)))
          .orderBy(asc(places.depth))
      : [],
    trendOf(ctx.db, ctx.actor, scope, period),
  ]);
}

/** A child with no rows in a section has zero of its counts (and no average or rate). */
const zeroesLike = (values: Values): Values =>
  Object.fromEntries(
    Object.keys(values).map((k) => [k, ['average', 'percent'].includes(FIGURES[k as FigureKey][1]) ? null : 0]),
  );
