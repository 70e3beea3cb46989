import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';

/** Share of submissions (0…1) holding each common gram; a gram not listed is rarer than any listed. */
export type GramFrequency = ReadonlyMap<string, number>;

// PostgreSQL's statistics already count grams: ANALYZE samples search_grams and keeps its most
// common elements with the share of rows holding each (pg_stats.most_common_elems, up to ten
// times the statistics target). They change only when the table is analysed again, so a copy
// in memory, read again every ten minutes, is as good as asking each time.
const REFRESH_MS = 10 * 60_000;
let known: { frequency: GramFrequency; until: number } | undefined;

/** How common each gram is, as far as the statistics know; empty before the first ANALYZE. */
export async function gramFrequency(db: DbOrTx): Promise<GramFrequency> {
  if (known && known.until > Date.now()) return known.frequency;
  const { rows } = await db.execute<{ grams: string[] | null; shares: number[] | null }>(sql`
    select most_common_elems::text::text[] as grams, most_common_elem_freqs as shares
      from pg_stats
     where schemaname = current_schema() and tablename = 'submissions' and attname = 'search_grams'`);
  const row = rows[0];
  const frequency = new Map((row?.grams ?? []).map((g, i) => [g, Number(row?.shares?.[i] ?? 0)]));
  known = { frequency, until: Date.now() + REFRESH_MS };
  return frequency;
}

/**
 * The few grams to look near-duplicates up by: the rarest of a text's grams. A near-duplicate
 * shares most of them, rare ones included, and a rare gram is held by few texts. A gram the
 * statistics do not list counts as rarer than any they do; without statistics (nothing analysed
 * yet, a small database) every gram is used.
 */
export function rarestGrams(grams: readonly string[], frequency: GramFrequency, count: number) {
  if (frequency.size === 0) return [...grams];
  const share = (g: string) => frequency.get(g) ?? 0;
  return [...grams].sort((a, b) => share(a) - share(b) || a.localeCompare(b)).slice(0, count);
}
