import { describe, expect, it } from 'vitest';
import { messages } from './i18n';
import { percent, scaleWord, scaleWords, toneOf } from './scale';

describe('scaleWord', () => {
  const grades = messages['zh-CN'].grades;
  it.each([
    [1, '差'],
    [3, '一般'],
    [5, '优秀'],
    [4.4, '良好'], // a mean reads as its nearest word
    [4.5, '优秀'],
    [null, ''],
    [0, ''],
  ] as const)('%s → %s', (score, word) => expect(scaleWord(grades, score)).toBe(word));

  it.each(['zh-CN', 'zh-TW', 'en'] as const)('%s: each scale has five words', (lang) => {
    expect(scaleWords(messages[lang].grades)).toHaveLength(5);
    expect(scaleWords(messages[lang].satisfaction)).toHaveLength(5);
  });
});

describe('toneOf', () => {
  it.each([
    [100, 'good'],
    [80, 'good'],
    [79.9, 'fair'],
    [60, 'fair'],
    [59.9, 'poor'],
    [0, 'poor'],
  ] as const)('%s → %s', (score, tone) => expect(toneOf(score)).toBe(tone));
});

describe('percent', () => {
  it('reads renormalised weights as whole percentages', () => {
    expect([0.4, 0.3, 0.57, 0.43, 0.5, 1].map(percent)).toEqual([40, 30, 57, 43, 50, 100]);
  });
});
