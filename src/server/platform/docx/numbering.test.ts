import { describe, expect, it } from 'vitest';
import { chineseNumber, headingNumber } from './numbering';

describe('chineseNumber', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [25, '二十五'],
    [99, '九十九'],
  ])('%i → %s', (n, text) => {
    expect(chineseNumber(n)).toBe(text);
  });
});

describe('headingNumber', () => {
  it('numbers headings as the reader’s language does', () => {
    expect(headingNumber(3, 1, 'zh-CN')).toBe('三、');
    expect(headingNumber(3, 2, 'zh-TW')).toBe('（三）');
    expect(headingNumber(3, 1, 'en')).toBe('3. ');
    expect(headingNumber(3, 2, 'en')).toBe('(3) ');
  });
});
