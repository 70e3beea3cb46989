import { describe, expect, it } from 'vitest';
import { SaveSynonymsBody } from '../../../shared/api/vocabulary';
import { normalize } from './normalize';
import { DEFAULT_SYNONYMS } from './synonyms-data';
import { Vocabulary, vocabulary } from './vocabulary';

const v = vocabulary();
const termsOf = (text: string) => v.terms(normalize(text));

describe('Vocabulary.terms', () => {
  it.each([
    // 繁體 and 简体, and what residents call one thing, meet in one word
    ['小区里电瓶车太多', '小區裡電動車太多', '电动车'],
    ['楼道里私拉电线', '楼道里有人飞线', '飞线'],
    ['房本办不下来', '房產證辦不下來', '房产证'],
    ['下水道堵了', '排水溝堵塞', '排水沟'],
    ['路灯坏了', '路燈壞了', '路灯'],
  ])('%s and %s both hold %s', (a, b, word) => {
    expect(termsOf(a)).toContain(word);
    expect(termsOf(b)).toContain(word);
  });

  it('reads the same words from one report in 简 and 繁', () => {
    expect(termsOf('房產證辦不下來')).toEqual(termsOf('房产证办不下来'));
    expect(termsOf('排水溝堵塞')).toEqual(termsOf('下水道堵了'));
  });

  it('keeps a folded word whole: 电动车 is not also 动车', () => {
    const terms = termsOf('电瓶车停在楼道里');
    expect(terms).toContain('电动车');
    expect(terms).not.toContain('动车');
    expect(terms).not.toContain('电瓶车');
  });

  it('drops function words, numbers and place names', () => {
    const terms = termsOf('我们在北京东湖的小区里，3号楼的电梯坏了');
    for (const word of ['的', '在', '了', '北京', '东湖', '3']) expect(terms).not.toContain(word);
    expect(terms).toEqual(expect.arrayContaining(['电梯', '坏了']));
  });

  it('gives nothing for a text of function words only', () => {
    expect(termsOf('的了吗呢')).toEqual([]);
  });
});

describe('Vocabulary.weight', () => {
  it('weighs the words of how a resident asks (希望, 协调) far below what the report is about', () => {
    const filler = ['希望', '协调', '解决', '问题', '尽快', '社区'];
    const content = ['路灯', '电动车', '排水沟', '物业费', '广场舞', '房产证'];
    for (const f of filler) for (const c of content) expect(v.weight(f) * 5).toBeLessThan(v.weight(c));
    for (const f of filler) expect(v.weight(f)).toBeLessThan(2);
  });

  it('weighs a folded word as its shown word, so a rare variant does not make a common idea rare', () => {
    const unfolded = new Vocabulary([], 0);
    expect(v.weight('电动车')).toBe(unfolded.weight('电动车'));
    expect(v.weight('房产证')).toBe(unfolded.weight('房产证'));
    // 老人 is everywhere in complaints about elderly care; 老大娘 is rare, and folds into it
    expect(v.weight('老人')).toBeLessThan(unfolded.weight('老大娘'));
  });
});

describe('Vocabulary.variants', () => {
  it('lists every word of a group, and a word of no group alone', () => {
    expect(v.variants('电动车')).toEqual(expect.arrayContaining(['电动车', '电瓶车', '电动自行车']));
    expect(v.variants('房产证')).toContain('房本');
    expect(v.variants('窗帘')).toEqual(['窗帘']);
  });
});

describe('the shipped synonym table', () => {
  it('is one an administrator could save back: words of 2–12 characters, each in one group only', () => {
    expect(SaveSynonymsBody.safeParse({ groups: DEFAULT_SYNONYMS }).success).toBe(true);
    const groupOf = new Map<string, string>();
    for (const group of DEFAULT_SYNONYMS)
      for (const word of group) {
        const w = normalize(word);
        expect(w, `${word} is written in 简体`).toBe(word);
        expect(groupOf.get(w) ?? group[0], `${word} is in two groups`).toBe(group[0]);
        groupOf.set(w, group[0] as string);
      }
  });
});

describe('a deployment’s own synonym table', () => {
  it('folds its own groups, and says by its version that stored terms must be read again', () => {
    const shipped = new Vocabulary();
    const own = new Vocabulary([...DEFAULT_SYNONYMS, ['密室逃脱', '鬼屋店', '鬼屋主题店']], 1);
    expect(own.terms(normalize('隔壁开了个鬼屋店'))).toContain('密室逃脱');
    expect(shipped.terms(normalize('隔壁开了个鬼屋店'))).not.toContain('密室逃脱');
    expect(own.version).not.toBe(shipped.version);
    // the same table saved the same number of times reads texts the same way on every instance
    expect(new Vocabulary(own.groups, 1).version).toBe(own.version);
  });

  it('stops folding a group the deployment removed', () => {
    const withoutBikes = new Vocabulary(
      DEFAULT_SYNONYMS.filter((g) => g[0] !== '电动车'),
      2,
    );
    expect(withoutBikes.terms(normalize('电瓶车停在楼道里'))).not.toContain('电动车');
  });
});
