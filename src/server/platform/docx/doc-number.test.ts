import { describe, expect, it } from 'vitest';
import { codeParts, docNumber, placeShortName } from './doc-number';

describe('发文字号', () => {
  it.each([
    ['CG-2026-0007', { year: 2026, number: 7 }],
    ['CG-2027-0123', { year: 2027, number: 123 }],
    ['not a code', null],
  ])('reads %s', (code, parts) => {
    expect(codeParts(code)).toEqual(parts);
  });

  it.each([
    ['东湖街道', '东湖'],
    ['青禾区', '青禾'],
    ['南岭镇', '南岭'],
    ['桃园社区', '桃园'],
    ['石桥村', '石桥'],
    ['西溪乡', '西溪'],
    ['黔东南自治县', '黔东南'],
    ['城区', '城区'], // never shorter than two characters
    ['district-4f2a', 'district-4f2a'],
  ])('shortens %s to %s', (name, short) => {
    expect(placeShortName(name)).toBe(short);
  });

  it('numbers a document by its kind', () => {
    expect(docNumber('东湖街道', 'RW-2026-0012', '督')).toBe('东湖督〔2026〕12号');
    expect(docNumber('青禾区', 'odd', '督')).toBeUndefined();
  });
});
