// For the dashboard's tests: the list API behind a figure's link, and that list's total.

import type { FigureKey, FigureUnit } from '../../../shared/api/dashboard';
import { figureLink, linkPeriodOf } from '../../../shared/figure-links';
import { shanghaiHour } from '../../platform/calendar';

/** The list API the page at `link` calls: the page's address days become the instants it sends. */
export function apiOf(link: string) {
  const url = new URL(link, 'http://x');
  const q = new URLSearchParams(url.searchParams);
  const day = (k: string, plus: number) => {
    const v = q.get(k);
    if (v)
      q.set(
        k,
        shanghaiHour(
          new Date(Date.parse(`${v}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10),
          0,
        ).toISOString(),
      );
  };
  for (const [a, b] of [
    ['from', 'to'],
    ['createdFrom', 'createdTo'],
    ['sentFrom', 'sentTo'],
  ] as const) {
    day(a, 0);
    day(b, 1);
  }
  const path = { '/proposals': '/proposals/handlings', '/duty': '/duty/ranking' }[url.pathname] ?? url.pathname;
  return `/api${path}?${q}`;
}

type Ranking = { rows: { total: number }[]; gradeCounts: Record<string, number> };

/** A list's total: the ranking (one page of all its members) counts a grade, or all its rows. */
export function listTotal(link: string, body: unknown) {
  if (!link.startsWith('/duty')) return (body as { total: number }).total;
  const r = body as Ranking;
  const grade = new URL(link, 'http://x').searchParams.get('grade');
  return grade ? r.gradeCounts[grade] : r.rows.length;
}

type Child = { place: { id: string }; figures: { key: FigureKey; unit: FigureUnit; value: number | null }[] };

/** The children of a dashboard answer with the links the console gives their figures (figureLink, the child, the period). */
export const linkedChildren = (d: { period: { from: string; to: string }; children: Child[] }) =>
  d.children.map((c) => ({
    place: c.place,
    figures: c.figures.map((f) => ({ ...f, link: figureLink(f.key, c.place.id, linkPeriodOf(d.period)) })),
  }));
