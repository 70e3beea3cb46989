// npm run bench:quality — how well "similar submissions" and inbox search find the same problem in
// residents' own words, on labelled sets written by hand (dev-set.ts: the set thresholds were chosen
// on; check-set.ts: written separately, never tuned on). Every item is filed as a submission in one
// township of an embedded database, then the product's own code answers: similarSubmissions() for
// each item and listVisibleSubmissions() for each query. "Before" is the method this replaced
// (character-bigram Jaccard ≥ 0.25; search by exact phrase), computed in memory on the same texts.
import { randomUUID } from 'node:crypto';
import { listVisibleSubmissions } from '../../src/server/modules/submissions/queries';
import type { ListSubmissionsInput } from '../../src/server/modules/submissions/schemas';
import { similarSubmissions } from '../../src/server/modules/submissions/similar';
import type { Actor } from '../../src/server/platform/auth/actor';
import { type Db, openDatabase } from '../../src/server/platform/db';
import { categories, submissions } from '../../src/server/platform/db/schema';
import { grams, indexText, normalize, SIMILAR_THRESHOLD } from '../../src/server/platform/text';
import { seedPlace } from '../../src/server/seed/bootstrap';
import { printHeader, table } from '../lib';
import { ITEMS as CHECK_ITEMS, QUERIES as CHECK_QUERIES } from './check-set';
import { ITEMS as DEV_ITEMS, QUERIES as DEV_QUERIES, type LabelledItem, type LabelledQuery } from './dev-set';

const TARGETS = { recall: 0.8, top1: 0.8, singlesWrong: 0.1, searchRecall: 0.9, searchPrecision: 0.9 };
const COMMUNITIES = ['锦泉社区', '湖心社区', '新苑社区', '桃园村', '河口村', '松岗村'];

type Ranked = { id: string; score: number }[];
type Figures = {
  precision: number;
  recall: number;
  top1: number;
  singlesWrong: number;
  searchRecall: number;
  searchPrecision: number;
};

/** precision@5, recall@5 and top-1 over clustered items; the share of singletons given anything. */
function similarFigures(items: readonly LabelledItem[], suggestions: Map<string, Ranked>) {
  const clusterOf = new Map(items.map((i) => [i.id, i.cluster]));
  let precision = 0;
  let withSuggestions = 0;
  let recall = 0;
  let top1 = 0;
  let clustered = 0;
  let singles = 0;
  let singlesWrong = 0;
  for (const item of items) {
    const shown = (suggestions.get(item.id) ?? []).slice(0, 5);
    if (item.cluster === null) {
      singles++;
      if (shown.length) singlesWrong++;
      continue;
    }
    clustered++;
    const relevant = items.filter((o) => o.id !== item.id && o.cluster === item.cluster).length;
    const hits = shown.filter((s) => clusterOf.get(s.id) === item.cluster).length;
    recall += hits / Math.min(5, relevant);
    if (shown.length) {
      precision += hits / shown.length;
      withSuggestions++;
    }
    if (shown[0] && clusterOf.get(shown[0].id) === item.cluster) top1++;
  }
  return {
    precision: withSuggestions ? precision / withSuggestions : 0,
    recall: recall / clustered,
    top1: top1 / clustered,
    singlesWrong: singlesWrong / singles,
  };
}

/** Macro-averaged recall and precision of each query's results against its labelled items. */
function searchFigures(queries: readonly LabelledQuery[], found: Map<string, Set<string>>) {
  let recall = 0;
  let precision = 0;
  for (const q of queries) {
    const got = found.get(q.query) ?? new Set<string>();
    const hits = q.relevant.filter((id) => got.has(id)).length;
    recall += q.relevant.length ? hits / q.relevant.length : 1;
    precision += got.size ? hits / got.size : q.relevant.length ? 0 : 1;
  }
  return { searchRecall: recall / queries.length, searchPrecision: precision / queries.length };
}

/** The method this replaced, in memory: bigram Jaccard ≥ 0.25, and search by the exact phrase. */
function before(items: readonly LabelledItem[], queries: readonly LabelledQuery[]): Figures {
  const gramsOf = new Map(items.map((i) => [i.id, new Set(grams(normalize(i.text)))]));
  const jaccard = (a: Set<string>, b: Set<string>) => {
    let shared = 0;
    for (const g of a) if (b.has(g)) shared++;
    return shared / (a.size + b.size - shared || 1);
  };
  const suggestions = new Map<string, Ranked>();
  for (const item of items) {
    const mine = gramsOf.get(item.id) as Set<string>;
    const ranked = items
      .filter((o) => o.id !== item.id)
      .map((o) => ({ id: o.id, score: jaccard(mine, gramsOf.get(o.id) as Set<string>) }))
      .filter((r) => r.score >= 0.25)
      .sort((a, b) => b.score - a.score);
    suggestions.set(item.id, ranked);
  }
  const found = new Map(
    queries.map((q) => {
      const n = normalize(q.query);
      return [q.query, new Set(items.filter((i) => normalize(i.text).includes(n)).map((i) => i.id))];
    }),
  );
  return { ...similarFigures(items, suggestions), ...searchFigures(queries, found) };
}

// thresholds the sweep shows beside the one in use (all answered from one lookup per item at the lowest)
const SWEEP = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4];

/**
 * Files the set in one township of a fresh embedded database; answers with the product's code.
 * Returns the figures at the threshold in use, and the similar figures at each SWEEP threshold.
 */
async function after(items: readonly LabelledItem[], queries: readonly LabelledQuery[]) {
  const database = await openDatabase({});
  try {
    await database.migrate();
    const db = database.db;
    const { district, places } = await seedTownship(db);
    const categoryIds = await seedCategories(db, district.id, items);
    const idOf = new Map<string, string>();
    const labelOf = new Map<string, string>();
    const rows = items.map((item, i) => {
      const id = randomUUID();
      idOf.set(item.id, id);
      labelOf.set(id, item.id);
      const place = places[i % places.length] as { id: string; path: string };
      return {
        id,
        trackingCode: `Q${String(i).padStart(11, '0')}`,
        placeId: place.id,
        scannedPlaceId: place.id,
        categoryId: categoryIds.get(item.category) ?? null,
        channel: 'qr' as const,
        content: item.text,
        ...indexText(item.text),
        createdAt: new Date(Date.now() - i * 3_600_000),
      };
    });
    await db.insert(submissions).values(rows);
    const actor = liaisonAt(district);
    const pathOf = new Map(rows.map((r) => [r.id, places.find((p) => p.id === r.placeId)?.path as string]));

    const suggestions = new Map<string, Ranked>();
    for (const row of rows) {
      const found = await similarSubmissions(
        db,
        actor,
        {
          id: row.id,
          content: row.content,
          placePath: pathOf.get(row.id) as string,
          categoryId: row.categoryId,
          terms: row.searchTerms,
          termsVersion: row.searchTermsVersion,
        },
        { minScore: Math.min(...SWEEP, SIMILAR_THRESHOLD) },
      );
      suggestions.set(
        labelOf.get(row.id) as string,
        found.map((s) => ({ id: labelOf.get(s.id) as string, score: s.similarity })),
      );
    }
    const found = new Map<string, Set<string>>();
    for (const q of queries) {
      const input: ListSubmissionsInput = { q: q.query, page: 1, pageSize: 100, overdue: undefined };
      const result = await listVisibleSubmissions(db, actor, input, new Date());
      found.set(q.query, new Set(result.rows.map((r) => labelOf.get(r.id) as string)));
    }
    const at = (threshold: number) =>
      similarFigures(
        items,
        new Map([...suggestions].map(([id, ranked]) => [id, ranked.filter((r) => r.score >= threshold)])),
      );
    const figures: Figures = { ...at(SIMILAR_THRESHOLD), ...searchFigures(queries, found) };
    return { figures, sweep: SWEEP.map((threshold) => ({ threshold, ...at(threshold) })) };
  } finally {
    await database.close();
  }
}

async function seedTownship(db: Db) {
  return db.transaction(async (tx) => {
    const district = await seedPlace(tx, null, { kind: 'district', name: '青禾区', code: 'q-district' });
    const town = await seedPlace(tx, district, { kind: 'subdistrict', name: '东湖街道', code: 'q-town' });
    const places = [];
    for (const [i, name] of COMMUNITIES.entries())
      places.push(
        await seedPlace(tx, town, { kind: name.endsWith('村') ? 'village' : 'community', name, code: `q-c${i}` }),
      );
    return { district, places };
  });
}

async function seedCategories(db: Db, placeId: string, items: readonly LabelledItem[]) {
  const names = [...new Set(items.map((i) => i.category))];
  const rows = await db
    .insert(categories)
    .values(names.map((name, i) => ({ placeId, name, sortOrder: i })))
    .returning({ id: categories.id, name: categories.name });
  return new Map(rows.map((r) => [r.name, r.id]));
}

const liaisonAt = (district: { id: string; path: string }): Actor => ({
  id: randomUUID(),
  username: 'quality.liaison',
  displayName: '区联络员',
  homePlacePath: district.path,
  grants: [{ id: randomUUID(), role: 'liaison', placeId: district.id, placePath: district.path, placeName: '青禾区' }],
});

const f = (n: number) => n.toFixed(3);

async function main() {
  printHeader('bench:quality — similar submissions and inbox search on labelled residents’ complaints', [
    'sets:     bench/similarity/dev-set.ts (thresholds chosen on it) and check-set.ts (written apart, never tuned on)',
    `          dev: ${DEV_ITEMS.length} items, ${new Set(DEV_ITEMS.map((i) => i.cluster).filter(Boolean)).size} clusters, ` +
      `${DEV_ITEMS.filter((i) => !i.cluster).length} singletons, ${DEV_QUERIES.length} queries; ` +
      `check: ${CHECK_ITEMS.length} items, ${new Set(CHECK_ITEMS.map((i) => i.cluster).filter(Boolean)).size} clusters, ` +
      `${CHECK_ITEMS.filter((i) => !i.cluster).length} singletons, ${CHECK_QUERIES.length} queries`,
    'before:   character-bigram Jaccard ≥ 0.25 for similar; exact phrase for search (in memory, same texts)',
    `after:    similarSubmissions() and listVisibleSubmissions() on an embedded database, one township;` +
      ` threshold ${SIMILAR_THRESHOLD}`,
    'figures:  precision@5 / recall@5 / top-1 over clustered items; singletons given any suggestion;' +
      ' search recall / precision macro-averaged over queries (first 100 results)',
  ]);
  const rows = [['set', 'metric', 'before', 'after', 'target']];
  const sweeps = [['set', 'threshold', 'precision@5', 'recall@5', 'top-1', 'singletons wrong']];
  for (const [name, items, queries] of [
    ['dev', DEV_ITEMS, DEV_QUERIES],
    ['check', CHECK_ITEMS, CHECK_QUERIES],
  ] as const) {
    const b = before(items, queries);
    const { figures: a, sweep } = await after(items, queries);
    for (const t of sweep)
      sweeps.push([
        name,
        `${t.threshold.toFixed(2)}${t.threshold === SIMILAR_THRESHOLD ? ' (in use)' : ''}`,
        f(t.precision),
        f(t.recall),
        f(t.top1),
        f(t.singlesWrong),
      ]);
    rows.push(
      [name, 'similar precision@5', f(b.precision), f(a.precision), '—'],
      [name, 'similar recall@5', f(b.recall), f(a.recall), `≥ ${TARGETS.recall}`],
      [name, 'similar top-1', f(b.top1), f(a.top1), `≥ ${TARGETS.top1}`],
      [name, 'singletons wrongly matched', f(b.singlesWrong), f(a.singlesWrong), `≤ ${TARGETS.singlesWrong}`],
      [name, 'search recall', f(b.searchRecall), f(a.searchRecall), `≥ ${TARGETS.searchRecall}`],
      [name, 'search precision', f(b.searchPrecision), f(a.searchPrecision), `≥ ${TARGETS.searchPrecision}`],
    );
  }
  console.log(`\n${table(rows)}`);
  console.log(`\nsimilar submissions at other thresholds (same lookups):\n${table(sweeps)}`);
}

await main();
