import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { FigureKey } from '../../../shared/api/dashboard';
import type { Ctx } from '../../platform/context';
import { pathIds } from '../../platform/db/place-path';
import { places } from '../../platform/db/schema';
import { forbidden, notFound } from '../../platform/errors';
import { findVisiblePlace, visiblePlaces } from '../places';
import { coverageFigures } from './coverage';
import { deliberationFigures } from './deliberation';
import { FIGURES } from './figures';
import { figureLink } from './links';
import { outcomeFigures } from './outcomes';
import { type Period, periodOf } from './period';
import { canReadDashboard, dashboardRoots, readsDashboards } from './policy';
import type { Breakdown, SectionResult, Values } from './section';
import { submissionFigures } from './submissions';
import { trendOf } from './trend';

const SECTIONS = [coverageFigures, submissionFigures, deliberationFigures, outcomeFigures];

const figuresOf = (values: Values, placeId: string, period: Period, breakdowns: Breakdown[] = []) =>
  (Object.keys(FIGURES) as FigureKey[])
    .filter((key) => key in values)
    .map((key) => ({
      key,
      section: FIGURES[key][0],
      unit: FIGURES[key][1],
      value: values[key] ?? null,
      link: figureLink(key, placeId, period),
      breakdowns: breakdowns
        .filter((b) => b.figure === key)
        .map((b) => ({
          by: b.by,
          parts: b.parts.map((p) => ({ ...p, link: p.link && figureLink(key, placeId, period, p.link) })),
        })),
    }));

/** The dashboard of a place in the actor's reach for a period: figures, children's figures, trend. */
export async function getDashboard(ctx: Ctx, q: { placeId?: string | undefined; from?: string; to?: string }) {
  if (!readsDashboards(ctx.actor)) throw forbidden();
  const period = periodOf(q, new Date());
  const placeId = q.placeId ?? pathIds(dashboardRoots(ctx.actor)[0] ?? '').at(-1);
  const place = placeId ? await findVisiblePlace(ctx.db, ctx.actor, placeId) : undefined;
  if (!place || !canReadDashboard(ctx.actor, place.path)) throw notFound();

  const results: SectionResult[] = await Promise.all(SECTIONS.map((s) => s(ctx.db, ctx.actor, place, period)));
  const total = Object.assign({}, ...results.map((r) => r.total)) as Values;
  const breakdowns = results.flatMap((r) => r.breakdowns);

  const [kids, above, trend] = await Promise.all([
    ctx.db
      .select({
        id: places.id,
        name: places.name,
        kind: places.kind,
        path: places.path,
        childCount: sql<number>`(select count(*)::int from places c where c.parent_id = "places"."id" and c.archived_at is null)`,
      })
      .from(places)
      .where(and(eq(places.parentId, place.id), isNull(places.archivedAt), visiblePlaces(ctx.actor)))
      .orderBy(asc(places.name)),
    ctx.db
      .select({ id: places.id, name: places.name, kind: places.kind, path: places.path })
      .from(places)
      .where(inArray(places.id, pathIds(place.path).slice(0, -1)))
      .orderBy(asc(places.depth)),
    trendOf(ctx.db, ctx.actor, place, period),
  ]);
  const ref = (p: { id: string; name: string; kind: (typeof kids)[number]['kind'] }) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
  });
  return {
    place: ref(place),
    // up from the widest place in reach: those above it are not the actor's to drill back to
    ancestors: above.filter((p) => canReadDashboard(ctx.actor, p.path)).map(ref),
    period: { from: period.from, to: period.to },
    figures: figuresOf(total, place.id, period, breakdowns),
    children: kids.map((k) => {
      const values = Object.assign({}, ...results.map((r) => r.children.get(k.path) ?? zeroesLike(r.total)));
      return {
        place: ref(k),
        hasChildren: k.childCount > 0,
        figures: figuresOf(values, k.id, period).map(({ breakdowns: _, section: __, ...f }) => f),
      };
    }),
    trend,
    generatedAt: new Date(),
  };
}

/** A child with no rows in a section has zero of its counts (and no average). */
const zeroesLike = (values: Values): Values =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([k]) => k !== 'members')
      .map(([k]) => [k, FIGURES[k as FigureKey][1] === 'average' ? null : 0]),
  );
