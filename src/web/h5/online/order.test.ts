import { describe, expect, it } from 'vitest';
import { stableOrder } from './order';

describe('the order of statement cards', () => {
  const table: [string, string[] | null, string[], string[]][] = [
    ['takes the server’s order at first', null, ['c', 'a', 'b'], ['c', 'a', 'b']],
    ['keeps cards in place after a vote moves one to the end', ['a', 'b', 'c'], ['b', 'c', 'a'], ['a', 'b', 'c']],
    ['puts new statements on top', ['a', 'b'], ['n', 'a', 'b'], ['n', 'a', 'b']],
    ['drops statements that were hidden meanwhile', ['a', 'b', 'c'], ['c', 'a'], ['a', 'c']],
  ];
  it.each(table)('%s', (_, previous, ids, expected) => {
    expect(stableOrder(previous, ids)).toEqual(expected);
  });
});
