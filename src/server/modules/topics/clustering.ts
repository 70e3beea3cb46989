// Grid screening (网格筛题): groups of similar open submissions, offered to the liaison as one topic each.

export type Clusterable = { id: string; content: string; grams: readonly string[] };
export type Similarity = (a: readonly string[], b: readonly string[]) => number;

/**
 * Two submissions belong together when the Jaccard similarity of their character bigrams is at
 * least 0.2 (Dice ≥ 0.33), once the grams that say where rather than what are set aside (see
 * noiseGrams). Two residents reporting one problem in their own words share its nouns and verb
 * (楼道 / 路灯 / 灯坏 / 坏了) but little else: "楼道路灯坏了好几天没人修" and "楼道里的路灯坏了，
 * 晚上看不见" score 0.22, a reworded copy 0.4–0.6, while unrelated complaints share a generic
 * word or two (没人, 太少) and stay near 0.1. The submission page lists near-duplicates from 0.25;
 * a group is meant to be looser than a duplicate, so the bar sits just below. Place names are set
 * aside because "桃园社区的路灯坏了" and "桃园社区停车难" would otherwise score 0.27 on
 * 桃园 / 园社 / 社区 alone.
 */
export const GROUP_THRESHOLD = 0.2;

/**
 * Grams that say where, not what: those of the places' names, and those so common in the pool
 * that they work like stop-words (社区, 居民, 反映): held by more than `share` of the items, and
 * by more than `floor` of them, so a small pool keeps its words.
 */
export function noiseGrams(items: readonly Clusterable[], placeGrams: Iterable<string>, share = 0.1, floor = 5) {
  const noise = new Set(placeGrams);
  const df = new Map<string, number>();
  for (const item of items) for (const g of new Set(item.grams)) df.set(g, (df.get(g) ?? 0) + 1);
  const limit = Math.max(floor, share * items.length);
  for (const [g, n] of df) if (n > limit) noise.add(g);
  return noise;
}

/**
 * Single-link clustering: an item joins every group holding an item similar to it, so one report
 * worded half one way and half another bridges two phrasings of the same problem. Chains stay
 * short because the pool is bounded (open items of the last 90 days in one place's subtree).
 * Groups of two or more, largest first (ties: the one holding the earliest item of the input).
 */
export function groupSimilar<T extends Clusterable>(
  items: readonly T[],
  similarity: Similarity,
  {
    threshold = GROUP_THRESHOLD,
    ignore = new Set<string>(),
  }: { threshold?: number; ignore?: ReadonlySet<string> } = {},
): T[][] {
  const gramsOf = items.map((item) => item.grams.filter((g) => !ignore.has(g)));
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
      if (similarity(gramsOf[i] as string[], gramsOf[j] as string[]) >= threshold)
        parent[Math.max(a, b)] = Math.min(a, b);
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

const HAN_BIGRAM = /^\p{Script=Han}{2}$/u;

/** The Chinese bigrams most of the group shares, most shared first: what the group is about. */
export function sharedGrams(group: readonly Clusterable[], ignore: ReadonlySet<string> = new Set(), limit = 5) {
  const counts = new Map<string, number>();
  for (const item of group)
    for (const g of new Set(item.grams)) if (!ignore.has(g)) counts.set(g, (counts.get(g) ?? 0) + 1);
  const half = Math.ceil(group.length / 2);
  return [...counts.entries()]
    .filter(([g, n]) => n >= Math.max(2, half) && HAN_BIGRAM.test(g))
    .sort(([ga, a], [gb, b]) => b - a || ga.localeCompare(gb))
    .slice(0, limit)
    .map(([g]) => g);
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
