import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { planAbilities } from './policy';

const actor = (...grants: [Role, string][]): Actor => ({
  id: 'a',
  username: 'a',
  displayName: 'a',
  homePlacePath: grants[0]?.[1] ?? '/',
  grants: grants.map(([role, placePath], i) => ({ id: `g${i}`, role, placePath, placeId: placePath, placeName: '' })),
});

const DISTRICT = '/d/';
const TOWN_A = '/d/ta/';

describe('planAbilities', () => {
  it.each([
    ['district leader', actor(['leader', DISTRICT]), { propose: true, decide: true }],
    ['district liaison', actor(['liaison', DISTRICT]), { propose: true, decide: false }],
    ['district member', actor(['member', DISTRICT]), { propose: false, decide: false }],
    ['district CPPCC office', actor(['cppcc', DISTRICT]), { propose: true, decide: false }],
    ['township CPPCC office', actor(['cppcc', TOWN_A]), { propose: false, decide: false }],
    ['township leader', actor(['leader', TOWN_A]), { propose: false, decide: false }],
  ] as const)('%s', (_, a, expected) => {
    expect(planAbilities(a, { path: DISTRICT })).toEqual(expected);
  });
});
