// Inbox search in SQL: the exact phrase through the bigram index, the query's terms through the
// term index (platform/text reads both), and the order by relevance.
import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import { textArray } from '../../platform/db/arrays';
import { submissions } from '../../platform/db/schema';
import { planSearch, type SearchMode, type SearchPlan, vocabulary } from '../../platform/text';

/** The exact phrase (normalised, 简/繁 folded): every bigram of it, then the substring itself. */
function holdsPhrase(plan: SearchPlan): SQL {
  const substring = sql`${submissions.searchText} like ${`%${plan.normalized.replace(/[\\%_]/g, '\\$&')}%`}`;
  const g = plan.exactGrams;
  const holdsGrams = sql`${submissions.searchGrams} @> ${textArray(g)}`;
  // a query that is one bigram (路灯) is found exactly by its gram: the substring check would only
  // repeat it, and make the planner expect a tenth of the rows it gets
  return g.length === 1 && g[0] === plan.normalized
    ? holdsGrams
    : g.length
      ? (and(holdsGrams, substring) as SQL)
      : substring;
}

/** The weight of the query's terms a submission holds (synonyms folded on both sides). */
const heldWeight = (plan: SearchPlan) =>
  sql.join(
    plan.terms.map(
      (t) => sql`(case when ${t.term} = any(${submissions.searchTerms}) then ${t.weight}::float else 0 end)`,
    ),
    sql` + `,
  );

/**
 * What a search asks of a submission: the exact phrase, or (mode `all`) every term of the query,
 * or (mode `most`) terms worth most of its weight; and a tracking code finds its submission.
 */
export function matchesSearch(plan: SearchPlan, mode: SearchMode): SQL {
  const terms = textArray(plan.terms.map((t) => t.term));
  const byTerms =
    plan.terms.length === 0 || mode === 'exact'
      ? null
      : mode === 'all'
        ? sql`${submissions.searchTerms} @> ${terms}`
        : sql`(${submissions.searchTerms} && ${terms} and ${heldWeight(plan)} >= ${plan.mostWeight})`;
  const text = byTerms ? (or(holdsPhrase(plan), byTerms) as SQL) : holdsPhrase(plan);
  return plan.trackingCode ? (or(text, eq(submissions.trackingCode, plan.trackingCode)) as SQL) : text;
}

/**
 * Relevance: the exact phrase (or tracking code) first, then by the weight of the terms held. With
 * mode `all` every match holds every term, so only the phrase tells them apart (and the weights
 * are not summed over thousands of rows for nothing).
 */
export const searchRank = (plan: SearchPlan, mode: SearchMode): SQL => {
  const exact = plan.trackingCode
    ? or(holdsPhrase(plan), eq(submissions.trackingCode, plan.trackingCode))
    : holdsPhrase(plan);
  const first = sql`(case when ${exact} then 1000 else 0 end)`;
  return mode === 'most' && plan.terms.length ? sql`${first} + ${heldWeight(plan)}` : first;
};

/** A search box's text as a filter (topic linking, candidates): the phrase or all its words. */
export const matchesText = (q: string) => matchesSearch(planSearch(q, vocabulary()), 'all');
