import { describe, expect, it } from 'vitest';
import { planSearch } from './search';
import { vocabulary } from './vocabulary';

const plan = (q: string) => planSearch(q, vocabulary());

describe('planSearch', () => {
  it('reads a query in 繁 or 简 the same way', () => {
    const trad = plan('路燈壞了');
    const simp = plan('路灯坏了');
    expect(trad.normalized).toBe('路灯坏了');
    expect(trad.terms).toEqual(simp.terms);
    expect(trad.exactGrams).toEqual(['路灯', '灯坏', '坏了']);
  });

  it('asks for the idea, not the word: 电瓶车 looks for 电动车 and marks every name of it in 简 and 繁', () => {
    const p = plan('电瓶车');
    expect(p.terms.map((t) => t.term)).toEqual(['电动车']);
    expect(p.highlight).toEqual(
      expect.arrayContaining(['电瓶车', '電瓶車', '电动车', '電動車', '电动自行车', '小电驴']),
    );
  });

  it('marks the words of a traditional text: the query’s 繁 forms are in the highlight', () => {
    const p = plan('下水道 物业费');
    expect(p.highlight).toEqual(expect.arrayContaining(['下水道', '排水沟', '排水溝', '物业费', '物業費', '管理費']));
    // longest first, so a page marks 物业管理费 whole before 物业费 inside it
    const lengths = p.highlight.map((w) => [...w].length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it('orders terms weightiest first and drops the filler of a request', () => {
    const p = plan('希望尽快解决路灯坏了的问题');
    const terms = p.terms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['路灯', '坏了']));
    for (const filler of ['希望', '尽快', '解决', '问题']) expect(terms).not.toContain(filler);
    const weights = p.terms.map((t) => t.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('asks for most of the weight when matching most of the words', () => {
    const p = plan('路灯 排水沟 电梯');
    const total = p.terms.reduce((s, t) => s + t.weight, 0);
    expect(p.terms).toHaveLength(3);
    expect(p.mostWeight).toBeGreaterThan(total / 2);
    expect(p.mostWeight).toBeLessThan(total);
    // any two of the three words are enough, one is not
    for (const t of p.terms) expect(total - t.weight).toBeGreaterThanOrEqual(p.mostWeight);
    for (const t of p.terms) expect(t.weight).toBeLessThan(p.mostWeight);
  });

  it('leaves a query of filler or function words with no terms: only the phrase itself is searched', () => {
    for (const q of ['希望尽快解决', '的', '问题']) {
      const p = plan(q);
      expect(p.terms).toEqual([]);
      expect(p.mostWeight).toBe(0);
      expect(p.highlight).toContain(p.normalized);
    }
  });

  it('recognises a tracking code read out over the phone, in any case, with spaces around it', () => {
    expect(plan(' ab12cd34ef56 ').trackingCode).toBe('AB12CD34EF56');
    expect(plan('AB12CD34EF56').trackingCode).toBe('AB12CD34EF56');
    expect(plan('ab12cd34ef5').trackingCode).toBeNull(); // 11 characters
    expect(plan('路灯坏了').trackingCode).toBeNull();
  });
});
