import { describe, expect, it } from 'vitest';
import { parseRoute } from '../router';

describe('the residents’ evaluation page’s address', () => {
  it.each([
    ['/e/AbC-12_xyz', { page: 'evaluate', code: 'AbC-12_xyz' }],
    ['/e/AbC-12_xyz/', { page: 'evaluate', code: 'AbC-12_xyz' }],
    ['/e/', { page: 'none' }],
    ['/e/a/b', { page: 'none' }],
  ])('%s', (path, expected) => expect(parseRoute(path)).toEqual(expected));
});
