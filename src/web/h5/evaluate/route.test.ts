import { describe, expect, it } from 'vitest';
import { parseRoute } from '../router';

describe('the residents’ evaluation page’s address', () => {
  it.each([
    ['/e/AbC-12_xyz', { page: 'evaluate', code: 'AbC-12_xyz' }],
    ['/e/AbC-12_xyz/', { page: 'evaluate', code: 'AbC-12_xyz' }],
    ['/e/', { page: 'none' }],
    ['/e/a/b', { page: 'none' }],
    ['/t', { page: 'track' }],
    ['/t/', { page: 'track' }],
    ['/t/abcd efgh jkmn', { page: 'status', code: 'abcd efgh jkmn' }],
  ])('%s', (path, expected) => expect(parseRoute(path)).toEqual(expected));
});
