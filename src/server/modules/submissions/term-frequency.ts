import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';

/** Share of submissions (0…1) holding each common term; a term not listed is rarer than any listed. */
export type TermFrequency = ReadonlyMap<string, number>;

// PostgreSQL's statistics already count terms: ANALYZE samples search_terms and keeps its most
// common elements with the share of rows holding each (pg_stats.most_common_elems, up to ten
// times the statistics target). They change only when the table is analysed again, so a copy
// in memory, read again every ten minutes, is as good as asking each time.
const REFRESH_MS = 10 * 60_000;
let known: { frequency: TermFrequency; until: number } | undefined;

/** How common each term is across submissions, as far as the statistics know; empty before ANALYZE. */
export async function termFrequency(db: DbOrTx): Promise<TermFrequency> {
  if (known && known.until > Date.now()) return known.frequency;
  const { rows } = await db.execute<{ terms: string[] | null; shares: number[] | null }>(sql`
    select most_common_elems::text::text[] as terms, most_common_elem_freqs as shares
      from pg_stats
     where schemaname = current_schema() and tablename = 'submissions' and attname = 'search_terms'`);
  const row = rows[0];
  const frequency = new Map((row?.terms ?? []).map((t, i) => [t, Number(row?.shares?.[i] ?? 0)]));
  known = { frequency, until: Date.now() + REFRESH_MS };
  return frequency;
}

/** The lookup's terms together may find at most about this share of all submissions. */
const LOOKUP_SHARE = 0.02;

/**
 * The terms to look near-duplicates up by: the weightiest, skipping any that would make the rows
 * they find together more than LOOKUP_SHARE of all submissions (a near-duplicate shares most of
 * its weighty terms, and rare ones are held by few rows); the rarest one when all are common.
 */
export function lookupTerms(
  terms: readonly string[],
  weight: (t: string) => number,
  frequency: TermFrequency,
  count: number,
) {
  const share = (t: string) => frequency.get(t) ?? 0;
  const picked: string[] = [];
  let found = 0;
  for (const t of [...terms].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))) {
    if (picked.length === count) break;
    if (found + share(t) > LOOKUP_SHARE) continue;
    picked.push(t);
    found += share(t);
  }
  if (picked.length === 0 && terms.length) picked.push([...terms].sort((a, b) => share(a) - share(b))[0] as string);
  return picked;
}
