import { describe, expect, it } from 'vitest';
import type { PlaceKind, Role } from '../../../shared/enums';
import type { Me } from '../auth/types';
import { mayKeepSynonyms } from './roles';

const me = (...grants: [Role, PlaceKind][]): Me => ({
  id: 'a',
  username: 'a',
  displayName: 'A',
  locale: null,
  mustChangePassword: false,
  email: null,
  emailNotices: 'each',
  isEmailConfigured: false,
  grants: grants.map(([role, kind], i) => ({ id: `g${i}`, role, place: { id: `p${i}`, name: 'P', kind } })),
});

describe('mayKeepSynonyms', () => {
  it.each([
    ['an admin of the district', me(['admin', 'district']), true],
    ['an admin of a township', me(['admin', 'township']), false],
    ['a leader of the district', me(['leader', 'district']), false],
    ['a township admin who also leads the district', me(['admin', 'township'], ['leader', 'district']), false],
    ['an admin of both', me(['admin', 'subdistrict'], ['admin', 'district']), true],
    ['nobody signed in', null, false],
  ] as const)('%s: %s', (_who, person, expected) => {
    expect(mayKeepSynonyms(person)).toBe(expected);
  });
});
