// Stored terms follow the vocabulary: when an administrator edits the synonyms (or a release
// reads texts differently), every submission's terms are read again, a batch at a time.
import { ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { textArray } from '../../platform/db/arrays';
import type { Job } from '../../platform/jobs';
import { submissions } from '../../platform/db/schema';
import { currentVocabulary, normalize } from '../../platform/text';

const BATCH = 2_000;

/**
 * Reads again the terms of up to `limit` submissions stored with another vocabulary version;
 * returns how many it read. Runs in batches of BATCH rows, each one update statement.
 */
export async function reindexStaleTerms(db: DbOrTx, limit = 20_000): Promise<number> {
  const v = await currentVocabulary(db);
  let done = 0;
  while (done < limit) {
    const rows = await db
      .select({ id: submissions.id, content: submissions.content })
      .from(submissions)
      .where(ne(submissions.searchTermsVersion, v.version))
      .limit(Math.min(BATCH, limit - done));
    if (rows.length === 0) break;
    const ids = rows.map((r) => r.id);
    // each row's terms as one array literal: a text[][] cannot hold rows of different lengths
    const terms = rows.map((r) => JSON.stringify(v.terms(normalize(r.content))));
    await db.execute(sql`
      update submissions s set search_terms = array(select jsonb_array_elements_text(u.terms::jsonb)),
                               search_terms_version = ${v.version}
        from unnest(${textArray(ids)}::uuid[], ${textArray(terms)}) as u(id, terms)
       where s.id = u.id`);
    done += rows.length;
    if (rows.length < BATCH) break;
  }
  return done;
}

/** The periodic job that keeps stored terms on the current vocabulary, once across instances. */
export const reindexTermsJob: Job = { name: 'reindex-terms', everyMs: 60_000, run: (tx) => reindexStaleTerms(tx) };

/** How many submissions still hold words read with another vocabulary version. */
export async function staleTermsCount(db: DbOrTx) {
  const v = await currentVocabulary(db, true);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(submissions)
    .where(ne(submissions.searchTermsVersion, v.version));
  return row?.n ?? 0;
}
