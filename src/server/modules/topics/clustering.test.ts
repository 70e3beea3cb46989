import { describe, expect, it } from 'vitest';
import { grams, normalize, similarity } from '../submissions';
import { GROUP_THRESHOLD, groupKey, groupLabel, groupSimilar, noiseGrams, sharedGrams } from './clustering';

const item = (id: string, content: string) => ({ id, content, grams: grams(normalize(content)) });
const ids = (groups: { id: string }[][]) => groups.map((g) => g.map((i) => i.id));

describe('groupSimilar (single link on bigram Jaccard)', () => {
  const table: [string, [string, string][], string[][]][] = [
    ['nothing to group', [], []],
    ['a lone item is no group', [['a', '小区路灯坏了好几天']], []],
    [
      'two reports of one broken lamp, one of parking',
      [
        ['a', '楼道里的路灯坏了，晚上看不见'],
        ['b', '停车位太少，车没地方停'],
        ['c', '楼道里的路灯也坏了'],
      ],
      [['a', 'c']],
    ],
    [
      '繁體 and 简体 meet in one form',
      [
        ['a', '樓道裡的路燈壞了，晚上看不見'],
        ['b', '楼道里的路灯坏了'],
      ],
      [['a', 'b']],
    ],
    [
      'a bridge joins two phrasings (single link), the larger group first',
      [
        ['p', '停车位太少，车没地方停'],
        ['q', '小区停车位太少了'],
        ['a', '菜市场门口占道经营很严重'],
        ['b', '菜市场门口占道经营，垃圾也多'],
        ['c', '占道经营垃圾多，没人管'],
      ],
      [
        ['a', 'b', 'c'],
        ['p', 'q'],
      ],
    ],
    [
      'unrelated items of one neighbourhood stay apart once its name is set aside',
      [
        ['a', '桃园社区的路灯坏了'],
        ['b', '桃园社区垃圾没人清运'],
        ['c', '桃园社区停车难'],
      ],
      [],
    ],
  ];
  it.each(table)('%s', (_, input, expected) => {
    const items = input.map(([id, c]) => item(id, c));
    const ignore = noiseGrams(items, grams(normalize('桃园社区')));
    expect(ids(groupSimilar(items, similarity, { ignore }))).toEqual(expected);
  });

  it('would group a neighbourhood by its name alone without setting it aside', () => {
    const items = [item('a', '桃园社区的路灯坏了'), item('b', '桃园社区停车难')];
    expect(groupSimilar(items, similarity)).toHaveLength(1);
  });

  it('uses the threshold it documents', () => {
    const pair = [item('a', '甲乙丙丁'), item('b', '甲乙丙戊')]; // 甲乙 乙丙 shared of 4 → 0.5
    expect(groupSimilar(pair, similarity, { threshold: 0.5 })).toHaveLength(1);
    expect(groupSimilar(pair, similarity, { threshold: 0.51 })).toHaveLength(0);
    expect(GROUP_THRESHOLD).toBe(0.2);
  });
});

describe('noiseGrams', () => {
  const pool = Array.from({ length: 20 }, (_, i) =>
    item(`i${i}`, i < 3 ? `居民反映路灯坏了${i}` : `居民反映问题${i}号`),
  );
  it('sets aside place names and grams most of the pool holds', () => {
    const noise = noiseGrams(pool, ['桃园']);
    expect(noise.has('桃园')).toBe(true);
    expect(noise.has('居民')).toBe(true); // in all 20
    expect(noise.has('路灯')).toBe(false); // in 3: a topic, not a stop-word
  });
  it('keeps every word of a small pool', () => {
    expect([...noiseGrams(pool.slice(0, 5), [])]).toEqual([]);
  });
});

describe('naming a group', () => {
  const group = [
    item('b2', '菜市场门口占道经营很严重，早上堵得走不动'),
    item('a1', '菜市场门口占道经营'),
    item('c3', '菜市场占道经营没人管'),
  ];
  it('is labelled by its shortest report', () => {
    expect(groupLabel(group)).toBe('菜市场门口占道经营');
    expect(groupLabel([item('x', '很长'.repeat(30)), item('y', '长'.repeat(50))], 10)).toBe(`${'长'.repeat(10)}…`);
  });
  it('names the bigrams most of it shares', () => {
    expect(sharedGrams(group).sort()).toEqual(['占道', '市场', '经营', '菜市', '道经'].sort());
    expect(sharedGrams(group, new Set(['菜市', '市场']), 2)).toEqual(['占道', '经营']);
  });
  it('keys it by its smallest id', () => {
    expect(groupKey(group)).toBe('a1');
  });
});
