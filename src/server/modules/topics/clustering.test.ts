import { describe, expect, it } from 'vitest';
import { normalize, Scorer, SIMILAR_THRESHOLD, vocabulary } from '../../platform/text';
import { GROUP_THRESHOLD, groupKey, groupLabel, groupSimilar, sharedTerms } from './clustering';

const v = vocabulary();
const scorer = new Scorer(v);
const item = (id: string, content: string) => ({ id, content, terms: v.terms(normalize(content)) });
const ids = (groups: { id: string }[][]) => groups.map((g) => g.map((i) => i.id));
const ignore = new Set(v.terms(normalize('桃园社区')));
const alike = (a: ReturnType<typeof item>, b: ReturnType<typeof item>) =>
  scorer.compare(a.terms, b.terms, { ignore }).score;

describe('groupSimilar (single link on the text service)', () => {
  const table: [string, [string, string][], string[][]][] = [
    ['nothing to group', [], []],
    ['a lone item is no group', [['a', '小区路灯坏了好几天']], []],
    [
      'two reports of one broken lamp in different words, one of parking',
      [
        ['a', '楼道里的路灯坏了，晚上看不见'],
        ['b', '停车位太少，车没地方停'],
        ['c', '楼道的灯不亮好几天了，老人摸黑上楼'],
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
      'synonyms meet: 电瓶车 / 电动车, 飞线 / 私拉电线; the larger group first',
      [
        ['p', '停车位太少，车没地方停'],
        ['q', '小区车位不够，回来找不到地方停车'],
        ['a', '楼上有人私拉电线给电瓶车充电，太危险'],
        ['b', '飞线充电现象严重，希望建充电桩'],
        ['c', '电动车从楼上吊线下来充电，晚上看着都怕'],
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
    expect(ids(groupSimilar(items, alike))).toEqual(expected);
  });

  it("groups at the similar panel's threshold, so the two agree", () => {
    expect(GROUP_THRESHOLD).toBe(SIMILAR_THRESHOLD);
    const pair = [item('a', '甲'), item('b', '乙')];
    expect(groupSimilar(pair, () => SIMILAR_THRESHOLD)).toHaveLength(1);
    expect(groupSimilar(pair, () => SIMILAR_THRESHOLD - 0.001)).toHaveLength(0);
  });
});

describe('naming a group', () => {
  const group = [
    item('b2', '菜市场门口占道经营很严重，早上堵得走不动'),
    item('a1', '菜市场门口摆摊占道'),
    item('c3', '菜市场外面流动摊贩占道没人管'),
  ];
  it('is labelled by its shortest report', () => {
    expect(groupLabel(group)).toBe('菜市场门口摆摊占道');
    expect(groupLabel([item('x', '很长'.repeat(30)), item('y', '长'.repeat(50))], 10)).toBe(`${'长'.repeat(10)}…`);
  });
  it('names the words most of it shares, weightiest first, in their shown form', () => {
    const words = sharedTerms(group, (t) => scorer.weight(t));
    expect(words).toContain('占道');
    expect(words).toContain('菜市场');
    expect(sharedTerms(group, (t) => scorer.weight(t), new Set(['菜市场']))).not.toContain('菜市场');
  });
  it('keys it by its smallest id', () => {
    expect(groupKey(group)).toBe('a1');
  });
});
