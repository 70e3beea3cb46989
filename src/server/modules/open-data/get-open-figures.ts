// A place's public figures: the dashboard's own numbers, read as a leader of the place would, cut
// down to the aggregates fit to publish (no person, no link, no free text).
import { OPEN_FIGURES, type OpenFigure } from '../../../shared/api/open-data';
import type { Locale } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db';
import { invalid, notFound } from '../../platform/errors';
import { getDashboard } from '../dashboard';
import { findLivePlaceByCode } from '../places';
import { OPEN_FIGURE_NAMES } from './present';

const NIL = '00000000-0000-0000-0000-000000000000';

/** Nobody, reading as a leader at the place: the dashboard's reach, and nothing it may change. */
const readerAt = (place: { id: string; path: string; name: string }): Actor => ({
  id: NIL,
  username: 'open-data',
  displayName: 'open-data',
  homePlacePath: place.path,
  grants: [{ id: NIL, role: 'leader', placeId: place.id, placePath: place.path, placeName: place.name }],
});

/** `year` stands for 1 January to 31 December; it cannot be given with `from` or `to`. */
function periodAsked(q: { year?: number | undefined; from?: string | undefined; to?: string | undefined }) {
  if (q.year === undefined) return { from: q.from, to: q.to };
  if (q.from || q.to) throw invalid([{ path: 'year', key: 'invalid_value' }]);
  return { from: `${q.year}-01-01`, to: `${q.year}-12-31` };
}

export async function getOpenFigures(
  db: Db,
  locale: Locale,
  code: string,
  q: { year?: number | undefined; from?: string | undefined; to?: string | undefined },
) {
  const asked = periodAsked(q);
  const place = await findLivePlaceByCode(db, code);
  if (!place) throw notFound();
  const ctx = { db, actor: readerAt(place), locale, ip: null };
  const dash = await getDashboard(ctx, {
    placeId: place.id,
    ...(asked.from ? { from: asked.from } : {}),
    ...(asked.to ? { to: asked.to } : {}),
  });
  const open = new Set<string>(OPEN_FIGURES);
  const figures = dash.figures
    .filter((f): f is typeof f & { key: OpenFigure } => open.has(f.key))
    .map((f) => ({ key: f.key, name: OPEN_FIGURE_NAMES[f.key], value: f.value, unit: f.unit }));
  return {
    place: { code: place.code, name: place.name, kind: place.kind },
    period: dash.period,
    figures,
    generatedAt: dash.generatedAt,
  };
}
