import { describe, expect, it } from 'vitest';
import { grams, normalize } from './normalize';

describe('normalize', () => {
  it.each([
    ['網格裡的路燈壞了', '网格里的路灯坏了'],
    ['樓道堆放雜物，影響消防通道', '楼道堆放杂物,影响消防通道'], // NFKC folds the full-width comma too
    ['電動車充電樁', '电动车充电桩'],
    ['ＡＢＣ１２３', 'abc123'], // full-width letters and digits
    ['已经是简体', '已经是简体'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe('grams', () => {
  it('makes bigrams inside runs of Chinese characters, not across punctuation', () => {
    expect(grams('路灯坏了，快修')).toEqual(['路灯', '灯坏', '坏了', '快修']);
  });

  it('keeps a lone character and whole Latin words and numbers', () => {
    expect(grams('3号楼 a 栋 wifi')).toEqual(['3', '号楼', 'a', '栋', 'wifi']);
  });

  it('lets a traditional query find simplified text', () => {
    const text = grams(normalize('小区路灯坏了三天'));
    const query = grams(normalize('路燈壞了'));
    expect(query.every((g) => text.includes(g))).toBe(true);
  });
});
