import { describe, expect, it } from 'vitest';
import { filterGroups, groupHolding, groupWords, rowErrorsOf, sameGroups, toDraft, wordIssue } from './synonyms-draft';

const draft = toDraft([
  ['路灯', '街灯', '照明灯'],
  ['电梯', '升降梯'],
  ['WiFi', '无线网'],
]);

describe('the synonym table being edited', () => {
  it('keys each group and compares tables word by word', () => {
    expect(draft.map((g) => g.key)).toEqual(['s0', 's1', 's2']);
    expect(sameGroups([['a', 'b']], [['a', 'b']])).toBe(true);
    expect(sameGroups([['a', 'b']], [['b', 'a']])).toBe(false);
    expect(
      sameGroups(
        [['a', 'b']],
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
      ),
    ).toBe(false);
    expect(sameGroups([['a', 'b']], [['a', 'b', 'c']])).toBe(false);
  });

  it('finds groups by any of their words, keeping their number in the table', () => {
    expect(filterGroups(draft, '灯').map((r) => r.index)).toEqual([0]);
    expect(filterGroups(draft, ' 梯 ').map((r) => r.index)).toEqual([1]);
    expect(filterGroups(draft, 'wifi').map((r) => r.index)).toEqual([2]);
    expect(filterGroups(draft, '').map((r) => r.index)).toEqual([0, 1, 2]);
    expect(filterGroups(draft, '井盖')).toEqual([]);
  });

  it.each([
    ['路灯', undefined],
    ['  路灯 ', undefined],
    ['灯', 'length'],
    ['一二三四五六七八九十一二三', 'length'],
    ['路 灯', 'separator'],
    ['路灯，街灯', 'separator'],
    ['路灯、街灯', 'separator'],
  ] as const)('word %j: %s', (word, issue) => {
    expect(wordIssue(word)).toBe(issue);
  });

  it('puts the shown word first and each word once', () => {
    expect(groupWords(' 路灯 ', ['街灯', '路灯', '', 'wifi', 'WiFi'])).toEqual(['路灯', '街灯', 'wifi']);
  });

  it('finds the group a word already belongs to, except the one being edited', () => {
    expect(groupHolding(draft, '升降梯')).toBe(1);
    expect(groupHolding(draft, 'wifi')).toBe(2);
    expect(groupHolding(draft, '升降梯', 's1')).toBe(-1);
    expect(groupHolding(draft, '井盖')).toBe(-1);
  });
});

describe('rowErrorsOf', () => {
  it('puts each problem on the group it names, by key', () => {
    const { rows, other } = rowErrorsOf(
      [
        { path: 'groups.1.1', message: '“升降梯”已在第 1 组中' },
        { path: 'groups.1.0', message: '“电梯”已在第 1 组中' },
        { path: 'groups.2', message: '至少 2 个词' },
        { path: 'groups', message: '太多' },
        { path: 'groups.9.0', message: '不在表中' },
      ],
      draft,
    );
    expect([...rows.keys()]).toEqual(['s1', 's2']);
    expect([...(rows.get('s1')?.words ?? [])]).toEqual([1, 0]);
    expect(rows.get('s1')?.messages).toHaveLength(2);
    expect(rows.get('s2')).toEqual({ words: new Set(), messages: ['至少 2 个词'] });
    expect(other.map((i) => i.path)).toEqual(['groups', 'groups.9.0']);
  });
});
