import { describe, expect, it } from 'vitest';
import { sortChoices, sortInForce, sortParam } from './inbox-sort';

describe('the inbox order', () => {
  it('offers relevance only while searching', () => {
    expect(sortChoices(undefined)).toEqual(['newest', 'oldest', 'due']);
    expect(sortChoices('路灯')).toEqual(['relevance', 'newest', 'oldest', 'due']);
  });

  it.each([
    [undefined, undefined, 'newest'],
    [undefined, '路灯', 'relevance'],
    ['due', undefined, 'due'],
    ['newest', '路灯', 'newest'],
    ['relevance', undefined, 'newest'], // a stale relevance without a search
  ] as const)('asked %s with search %s: %s', (sort, q, expected) => {
    expect(sortInForce(sort, q)).toBe(expected);
  });

  it('keeps only a departure from the default in the URL', () => {
    expect(sortParam('newest', undefined)).toBeUndefined();
    expect(sortParam('relevance', '路灯')).toBeUndefined();
    expect(sortParam('newest', '路灯')).toBe('newest');
    expect(sortParam('oldest', undefined)).toBe('oldest');
  });
});
