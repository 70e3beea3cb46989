// Grid screening (网格筛题): groups of similar open submissions, offered to the liaison as one topic each.

import { KEY_TERM_WEIGHT, SIMILAR_THRESHOLD } from '../../platform/text';

export type Clusterable = { id: string; content: string; terms: readonly string[] };
/** How alike two items are, 0…1: the platform's text service (Scorer.compare), one scale for all. */
export type Similarity<T extends Clusterable = Clusterable> = (a: T, b: T) => number;

/**
 * Two submissions belong together when the text service scores them at least as alike as the
 * similar-submissions panel shows (SIMILAR_THRESHOLD): the panel and grid screening agree by
 * construction, and a group is the panel's pairs joined up.
 */
export const GROUP_THRESHOLD = SIMILAR_THRESHOLD;

/**
 * Single-link clustering: an item joins every group holding an item similar to it, so one report
 * worded half one way and half another bridges two phrasings of the same problem. Chains stay
 * short because the pool is bounded (open items of the last 90 days in one place's subtree).
 * Groups of two or more, largest first (ties: the one holding the earliest item of the input).
 */
export function groupSimilar<T extends Clusterable>(
  items: readonly T[],
  similarity: Similarity<T>,
  threshold = GROUP_THRESHOLD,
): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) [i, parent[i]] = [parent[i] as number, root];
    return root;
  };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = find(i);
      const b = find(j);
      if (a === b) continue;
      if (similarity(items[i] as T, items[j] as T) >= threshold) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), item]);
  });
  return [...groups.entries()]
    .filter(([, g]) => g.length >= 2)
    .sort(([ra, a], [rb, b]) => b.length - a.length || ra - rb)
    .map(([, g]) => g);
}

/**
 * The words most of the group shares, weightiest first: what the group is about. `weight` is the
 * text service's (Scorer.weight); words in `ignore` (place names) are left out.
 */
export function sharedTerms(
  group: readonly Clusterable[],
  weight: (term: string) => number,
  ignore: ReadonlySet<string> = new Set(),
  limit = 5,
) {
  const counts = new Map<string, number>();
  for (const item of group)
    for (const t of new Set(item.terms)) if (!ignore.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const half = Math.ceil(group.length / 2);
  return [...counts.entries()]
    .filter(([t, n]) => n >= Math.max(2, half) && weight(t) >= KEY_TERM_WEIGHT)
    .sort(([ta, a], [tb, b]) => b * weight(tb) - a * weight(ta) || ta.localeCompare(tb))
    .slice(0, limit)
    .map(([t]) => t);
}

/** A group's name: its shortest report (the plainest statement of the problem), cut to `max` characters. */
export function groupLabel(group: readonly Clusterable[], max = 40): string {
  const texts = group.map((i) => [...i.content.trim()]);
  const chars = texts.reduce((a, b) => (b.length < a.length ? b : a), texts[0] ?? []);
  const shortest = chars.join('');
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : shortest;
}

/** A stable key for a group: the smallest id among its members (groups never share members). */
export const groupKey = (group: readonly { id: string }[]) => group.map((i) => i.id).sort()[0] ?? '';
