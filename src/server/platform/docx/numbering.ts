// How 公文 number their parts: 一、二、… for level-one headings, （一）（二）… for level two.
import type { Locale } from '../../../shared/enums';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 25 → 二十五: numbering as 公文 headings write it (up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** The number before a heading: "一、" and "（一）" in Chinese, "1. " and "(1) " in English. */
export function headingNumber(n: number, level: 1 | 2, locale: Locale): string {
  if (locale === 'en') return level === 1 ? `${n}. ` : `(${n}) `;
  return level === 1 ? `${chineseNumber(n)}、` : `（${chineseNumber(n)}）`;
}
