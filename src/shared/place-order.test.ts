import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, comparePlaceNames, sortPlacesByName } from './place-order';

describe('places sort as people count', () => {
  it('reads Chinese numerals with 十 and 百', () => {
    expect(
      ['一', '十', '十一', '二十', '二十三', '一百', '一百零五', '两百', '三千零一'].map(chineseNumeralValue),
    ).toEqual([1, 10, 11, 20, 23, 100, 105, 200, 3001]);
  });

  it('grids by their Chinese number: 第一, 第二, 第三 … 第十一', () => {
    const names = ['第三网格', '第十一网格', '第一网格', '第十网格', '第二网格', '第二十网格', '第十二网格'];
    expect([...names].sort(comparePlaceNames)).toEqual([
      '第一网格',
      '第二网格',
      '第三网格',
      '第十网格',
      '第十一网格',
      '第十二网格',
      '第二十网格',
    ]);
  });

  it('buildings by their digits, and both kinds mixed', () => {
    expect(['10栋', '2栋', '1栋', '２栋'].sort(comparePlaceNames)).toEqual(['1栋', '2栋', '２栋', '10栋']);
    expect(['3号楼', '二号楼', '十号楼', '1号楼'].sort(comparePlaceNames)).toEqual([
      '1号楼',
      '二号楼',
      '3号楼',
      '十号楼',
    ]);
  });

  it('names without numbers keep a stable word order, numbered ones first', () => {
    const sorted = sortPlacesByName([
      { name: '桃园社区' },
      { name: '杏林社区' },
      { name: '1号院' },
      { name: '桃园社区' },
    ]);
    expect(sorted.map((p) => p.name)).toEqual(['1号院', '桃园社区', '桃园社区', '杏林社区']);
  });
});
