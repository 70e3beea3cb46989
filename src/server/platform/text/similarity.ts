import { type Vocabulary, vocabulary } from './vocabulary';

/**
 * How often each term occurs in the pool a comparison is made in (a township's or a district's
 * submissions): a term half of them hold says little there, whatever its weight elsewhere.
 */
export type PoolFrequency = { docs: number; df: ReadonlyMap<string, number> };

/**
 * From this score two texts are shown as alike (similar submissions) and grouped (grid
 * screening). Chosen on the labelled development set (bench/similarity): see its README.
 */
export const SIMILAR_THRESHOLD = 0.2;

/**
 * A term lighter than this (希望, 小区 after filler) is never why two texts are alike: it neither
 * looks candidates up nor is shown as a shared key word.
 */
export const KEY_TERM_WEIGHT = 3;

/**
 * Two texts filed under different categories (residents or staff chose them) are less likely one
 * problem: their score is scaled by this. Unknown categories (none chosen) count as the same.
 */
const OTHER_CATEGORY = 0.6;

export type CompareOptions = {
  /** terms set aside (place names: they say where, not what) */
  ignore?: ReadonlySet<string>;
  /** whether the two were filed under the same category; null or absent when either has none */
  sameCategory?: boolean | null;
};

/** Below this many texts a pool's counts are noise, and general weights alone decide. */
const MIN_POOL = 40;

/** A scorer over one vocabulary and (optionally) one pool's frequencies, memoising weights. */
export class Scorer {
  private readonly cache = new Map<string, number>();
  constructor(
    readonly vocab: Vocabulary = vocabulary(),
    readonly pool?: PoolFrequency,
  ) {}

  /** A term's weight: general informativeness, lowered where the pool holds it often. */
  weight(term: string): number {
    let w = this.cache.get(term);
    if (w !== undefined) return w;
    w = this.vocab.weight(term);
    const pool = this.pool;
    if (pool && pool.docs >= MIN_POOL) {
      const share = (pool.df.get(term) ?? 0) / pool.docs;
      // a term over 5% of the pool fades, down to a fifth at half of it
      if (share > 0.05) w *= Math.max(0.2, 1 - (share - 0.05) * 1.8);
    }
    this.cache.set(term, w);
    return w;
  }

  /**
   * Similarity of two texts' terms, 0…1: the weight they share over the weight of the shorter
   * one and of both (the mean of containment and weighted Jaccard), so a short report of a
   * problem meets a long one that says more around it, but one shared word of a long text is
   * not a match; scaled down across categories. With the shared terms, heaviest first: the
   * reason shown to people.
   */
  compare(a: readonly string[], b: readonly string[], { ignore, sameCategory }: CompareOptions = {}) {
    const sb = new Set(b);
    let wa = 0;
    let wb = 0;
    let shared = 0;
    const common: { term: string; w: number }[] = [];
    for (const t of new Set(a)) {
      if (ignore?.has(t)) continue;
      const w = this.weight(t);
      wa += w;
      if (sb.has(t)) {
        shared += w;
        common.push({ term: t, w });
      }
    }
    for (const t of sb) if (!ignore?.has(t)) wb += this.weight(t);
    if (wa === 0 || wb === 0) return { score: 0, shared: [] as string[] };
    const jaccard = shared / (wa + wb - shared);
    const containment = shared / Math.min(wa, wb);
    return {
      score: ((jaccard + containment) / 2) * (sameCategory === false ? OTHER_CATEGORY : 1),
      shared: common.sort((x, y) => y.w - x.w).map((c) => c.term),
    };
  }
}

/** Pool frequencies counted from a list of texts' terms. */
export function poolOf(termLists: readonly (readonly string[])[]): PoolFrequency {
  const df = new Map<string, number>();
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  return { docs: termLists.length, df };
}
