import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { type AccountAction, canAccount, canGrantAt, canGrantTo, isOwnAccount } from './policy';

// a district with two townships, a village under each, and a grid under village 1
const D = '/d/';
const T1 = '/d/t1/';
const T2 = '/d/t2/';
const V1 = '/d/t1/v1/';
const V2 = '/d/t2/v2/';
const G1 = '/d/t1/v1/g1/';

const actor = (...grants: [Role, string][]): Actor => ({
  id: 'actor',
  username: 'actor',
  displayName: 'Actor',
  homePlacePath: grants[0]?.[1] ?? D,
  grants: grants.map(([role, placePath], i) => ({
    id: `g${i}`,
    role,
    placeId: `p${i}`,
    placePath,
    placeName: placePath,
  })),
});

const townAdmin = actor(['admin', T1]);
const districtAdmin = actor(['admin', D]);
const account = (homePlacePath: string, ...grantPaths: string[]) => ({ homePlacePath, grantPaths });

describe('isOwnAccount', () => {
  it('tells one’s own account (not managed here) from another’s', () => {
    expect(isOwnAccount(districtAdmin, 'actor')).toBe(true);
    expect(isOwnAccount(districtAdmin, 'someone-else')).toBe(false);
  });
});

describe('canGrantTo', () => {
  it.each([
    ['an account the admin manages', districtAdmin, { id: 'other', ...account(V1, V1) }, true],
    ['the admin’s own account', districtAdmin, { id: 'actor', ...account(D, D) }, false],
    ['an account that outranks the admin', townAdmin, { id: 'other', ...account(V1, D) }, false],
  ] as [string, Actor, ReturnType<typeof account> & { id: string }, boolean][])('%s → %s', (_, who, a, allowed) => {
    expect(canGrantTo(who, a)).toBe(allowed);
  });
});

describe('canAccount', () => {
  it.each([
    ['township admin manages an account homed in its village', townAdmin, 'manage', account(V1, V1), true],
    ['township admin manages one with no roles at all', townAdmin, 'manage', account(G1), true],
    ['township admin manages a peer admin of the same township', townAdmin, 'manage', account(T1, T1), true],
    ['township admin does not manage one homed in a sibling township', townAdmin, 'manage', account(V2, V2), false],
    ['township admin does not read one homed in a sibling township', townAdmin, 'read', account(V2), false],
    ['township admin does not read one homed at the district above', townAdmin, 'read', account(D), false],
    ['township admin reads its village’s account that holds a district grant', townAdmin, 'read', account(V1, D), true],
    ['… but may not manage it: it outranks them', townAdmin, 'manage', account(V1, V1, D), false],
    ['… nor one with a role in a sibling township', townAdmin, 'manage', account(V1, V1, V2), false],
    ['district admin manages the district-level account', districtAdmin, 'manage', account(V1, D), true],
    ['district admin manages across townships', districtAdmin, 'manage', account(V2, V2), true],
    [
      'admin plus district leader does not manage district roles',
      actor(['admin', V1], ['leader', D]),
      'manage',
      account(V1, D),
      false,
    ],
    ['a leader manages nothing', actor(['leader', D]), 'manage', account(V1), false],
    ['a leader reads no accounts', actor(['leader', D]), 'read', account(V1), false],
    ['a liaison manages nothing', actor(['liaison', V1]), 'manage', account(G1), false],
    ['a member manages nothing', actor(['member', V1]), 'manage', account(V1), false],
    ['a department manages nothing', actor(['department', D]), 'manage', account(T1), false],
    ['an actor without roles manages nothing', actor(), 'read', account(D), false],
  ] as [string, Actor, AccountAction, ReturnType<typeof account>, boolean][])(
    '%s',
    (_, who, action, scope, allowed) => {
      expect(canAccount(who, action, scope)).toBe(allowed);
    },
  );
});

describe('canGrantAt', () => {
  it.each([
    ['township admin at its own township', townAdmin, T1, true],
    ['township admin at its village', townAdmin, V1, true],
    ['township admin at a grid below', townAdmin, G1, true],
    ['township admin at the district above', townAdmin, D, false],
    ['township admin at a sibling township', townAdmin, T2, false],
    ['township admin at a village of a sibling township', townAdmin, V2, false],
    ['district admin anywhere in the district', districtAdmin, V2, true],
    ['village admin with a district leader grant, at the district', actor(['admin', V1], ['leader', D]), D, false],
    ['leader', actor(['leader', D]), V1, false],
    ['liaison', actor(['liaison', V1]), V1, false],
    ['member', actor(['member', V1]), G1, false],
    ['department', actor(['department', D]), T1, false],
  ] as [string, Actor, string, boolean][])('%s → %s', (_, who, path, allowed) => {
    expect(canGrantAt(who, path)).toBe(allowed);
  });
});

describe('reach', () => {
  it('reachOf keeps only the tops of the given roles’ grants', () => {
    const who = actor(['admin', V1], ['admin', T1], ['admin', V2], ['leader', D]);
    expect(reachOf(who, ['admin']).sort()).toEqual([T1, V2]);
    expect(reachOf(who, ['admin', 'leader'])).toEqual([D]);
    expect(reachOf(who, ['liaison'])).toEqual([]);
  });

  it('reaches only through the named roles', () => {
    const who = actor(['liaison', V1], ['admin', V2]);
    expect(reaches(who, ['liaison'], G1)).toBe(true);
    expect(reaches(who, ['admin'], G1)).toBe(false);
    expect(reaches(who, ['admin'], V2)).toBe(true);
  });
});
