import * as OpenCC from 'opencc-js';
import { grams, indexableGrams, normalize } from './normalize';
import { Scorer } from './similarity';
import type { Vocabulary } from './vocabulary';

// simplified → traditional, so the words to highlight are found in texts written in 繁體 too
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** How a search matched: the exact phrase, every word of it, or most of its words. */
export type SearchMode = 'exact' | 'all' | 'most';

/** One idea a query asks for: a term (synonyms folded) and how much it weighs. */
export type QueryTerm = { term: string; weight: number };

/** What a search box's text asks for, ready for a query to use. */
export type SearchPlan = {
  /** the query's searchable form: an exact match holds it as a substring */
  normalized: string;
  /** bigrams every exact match holds (the bigram index narrows the substring check) */
  exactGrams: string[];
  /** the query's terms, weightiest first, without filler; empty when it has none (一, 的) */
  terms: QueryTerm[];
  /** the least a text must hold of the terms' weight to match most of the words */
  mostWeight: number;
  /** words to mark in the texts found: the query and every variant of its terms, 简 and 繁 */
  highlight: string[];
  /** a tracking code read out over the phone, upper case, when the query looks like one */
  trackingCode: string | null;
};

/** Below this weight a term is filler (希望, 问题) and a query does not require it. */
const MIN_TERM_WEIGHT = 2;
/** Matching "most words" asks for this share of the query's weight: two of three ideas, not one. */
const MOST_SHARE = 0.55;

/** Reads a search box's text with the vocabulary the stored terms were made with. */
export function planSearch(q: string, v: Vocabulary): SearchPlan {
  const trimmed = q.trim();
  const normalized = normalize(trimmed);
  const scorer = new Scorer(v);
  const terms = v
    .terms(normalized)
    .map((term) => ({ term, weight: scorer.weight(term) }))
    .filter((t) => t.weight >= MIN_TERM_WEIGHT)
    .sort((a, b) => b.weight - a.weight);
  const total = terms.reduce((s, t) => s + t.weight, 0);
  const words = new Set([normalized, ...terms.flatMap((t) => v.variants(t.term))]);
  const highlight = new Set<string>();
  for (const w of words) if (w) for (const form of [w, toTw(w), toHk(w)]) highlight.add(form);
  return {
    normalized,
    exactGrams: indexableGrams(grams(normalized)),
    terms,
    mostWeight: total * MOST_SHARE,
    highlight: [...highlight].sort((a, b) => [...b].length - [...a].length),
    trackingCode: /^[a-z0-9]{12}$/i.test(trimmed) ? trimmed.toUpperCase() : null,
  };
}
