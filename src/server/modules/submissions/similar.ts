// Similar submissions (相似诉求): near-duplicates of one submission in its township, for the
// liaison to merge or to raise together. Scored by the platform's text service (platform/text),
// the same one grid screening groups by.
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { PlaceKind } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { textArray } from '../../platform/db/arrays';
import { inSubtree, pathAtDepth } from '../../platform/db/place-path';
import { places, submissions } from '../../platform/db/schema';
import {
  currentVocabulary,
  KEY_TERM_WEIGHT,
  normalize,
  Scorer,
  SIMILAR_THRESHOLD,
  type Vocabulary,
} from '../../platform/text';
import { visibleSubmissions } from './policy';
import { lookupTerms, termFrequency } from './term-frequency';

// Bounds on the lookup: candidates hold one of the submission's LOOKUP_TERMS weightiest terms that
// are not common across submissions (term-frequency.ts),
// and the newest CANDIDATES of them are scored (see bench:similar for what they cost and find).
const LOOKUP_TERMS = 6;
const CANDIDATES = 400;
// how long the words of a township's place names are kept (they set names aside, not problems)
const PLACE_NAMES_MS = 10 * 60_000;

const placeWords = new Map<string, { words: Set<string>; until: number }>();

/**
 * The words of the names of a township's places: residents say where they live (锦泉社区), and
 * two reports from one community are not alike for that.
 */
async function placeNameTerms(db: DbOrTx, v: Vocabulary, townPath: string) {
  const known = placeWords.get(townPath);
  if (known && known.until > Date.now()) return known.words;
  const rows = await db.select({ name: places.name }).from(places).where(inSubtree(places.path, townPath));
  const words = new Set(rows.flatMap((r) => v.terms(normalize(r.name))));
  placeWords.set(townPath, { words, until: Date.now() + PLACE_NAMES_MS });
  return words;
}

type Subject = {
  id: string;
  content: string;
  placePath: string;
  categoryId: string | null;
  terms: string[];
  termsVersion: number;
};

/**
 * Near-duplicates in the same township (or whatever the top two levels below the district are),
 * most alike first, each with the words that make it alike. Candidates come from the place and
 * term indexes (the township's places, one of the weightiest terms); they are scored here.
 */
export async function similarSubmissions(
  db: DbOrTx,
  actor: Actor,
  s: Subject,
  { limit = 5, minScore = SIMILAR_THRESHOLD }: { limit?: number; minScore?: number } = {},
) {
  const v = await currentVocabulary(db);
  const terms = s.termsVersion === v.version ? s.terms : v.terms(normalize(s.content));
  const townPath = pathAtDepth(s.placePath, 2);
  const ignore = await placeNameTerms(db, v, townPath);
  const scorer = new Scorer(v);
  const lookup = lookupTerms(
    terms.filter((t) => !ignore.has(t) && scorer.weight(t) >= KEY_TERM_WEIGHT),
    (t) => scorer.weight(t),
    await termFrequency(db),
    LOOKUP_TERMS,
  );
  if (lookup.length === 0) return [];
  const townPlaces = db.select({ id: places.id }).from(places).where(inSubtree(places.path, townPath));
  const candidates = await db
    .select({
      id: submissions.id,
      trackingCode: submissions.trackingCode,
      content: submissions.content,
      status: submissions.status,
      terms: submissions.searchTerms,
      categoryId: submissions.categoryId,
      place: { id: places.id, name: places.name, kind: sql<PlaceKind>`${places.kind}` },
    })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .where(
      and(
        sql`${submissions.placeId} = any(array(${townPlaces}))`,
        sql`${submissions.searchTerms} && ${textArray(lookup)}`,
        ne(submissions.id, s.id),
        ne(submissions.status, 'merged'),
        visibleSubmissions(actor),
      ),
    )
    .orderBy(desc(submissions.createdAt))
    .limit(CANDIDATES);
  return candidates
    .map(({ terms: theirs, categoryId, ...c }) => {
      const sameCategory = s.categoryId && categoryId ? s.categoryId === categoryId : null;
      const { score, shared } = scorer.compare(terms, theirs, { ignore, sameCategory });
      return {
        ...c,
        similarity: Math.round(score * 1000) / 1000,
        keywords: shared.filter((t) => scorer.weight(t) >= KEY_TERM_WEIGHT).slice(0, 4),
      };
    })
    .filter((c) => c.similarity >= minScore)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, limit);
}
