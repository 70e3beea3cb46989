// How alike two submissions are, in words a person acts on rather than a percentage.

export type SimilarityStrength = 'likely' | 'related';

/** From here on the texts share most of their weighty words: very likely the same matter raised twice. */
export const LIKELY_DUPLICATE = 0.5;

/** 很可能重复 (≥ 0.5) or 可能相关 (below). */
export const similarityStrength = (similarity: number): SimilarityStrength =>
  similarity >= LIKELY_DUPLICATE ? 'likely' : 'related';
