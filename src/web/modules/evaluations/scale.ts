// Pure helpers for showing scores: the word for a score on a five-word scale, and a colour band.

/** The word for `score` (1–5) on a scale written as five words separated by |: '差|较差|一般|良好|优秀'. */
export function scaleWord(scale: string, score: number | null | undefined): string {
  if (!score) return '';
  return scale.split('|')[Math.round(score) - 1] ?? '';
}

/** All five words of a scale, score 1 first (for the tooltips of a star rating). */
export const scaleWords = (scale: string) => scale.split('|');

export type Tone = 'good' | 'fair' | 'poor';

/** How a 0–100 score reads at a glance: 80 and over good, 60 and over fair, below poor. */
export function toneOf(score: number): Tone {
  if (score >= 80) return 'good';
  if (score >= 60) return 'fair';
  return 'poor';
}

export const TONE_COLOURS: Record<Tone, string> = { good: '#389e0d', fair: '#d48806', poor: '#cf1322' };

/** A weight (0–1) as a whole percentage. */
export const percent = (weight: number) => Math.round(weight * 100);
