import { describe, expect, it } from 'vitest';
import { similarityStrength } from './similarity';

describe('similarityStrength', () => {
  it.each([
    [1, 'likely'],
    [0.5, 'likely'],
    [0.49, 'related'],
    [0.2, 'related'],
  ] as const)('%s is %s', (similarity, expected) => {
    expect(similarityStrength(similarity)).toBe(expected);
  });
});
