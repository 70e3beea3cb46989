import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { canChangePlace, canPlace, decidedAt, type PlaceAction, placeAbilities, visibleRoots } from './policy';

const actor = (...grants: [Role, string][]): Actor => ({
  id: 'me',
  username: 'me',
  displayName: 'me',
  homePlacePath: grants[0]?.[1] ?? '/',
  grants: grants.map(([role, placePath], i) => ({ id: `g${i}`, role, placePath, placeId: placePath, placeName: '' })),
});

const DISTRICT = '/d/';
const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const GRID_A = '/d/ta/va/ga/';
const TOWN_B = '/d/tb/';

describe('canPlace: role × place × action', () => {
  const table: [string, Actor, PlaceAction, string, boolean][] = [
    ['district admin reads a grid', actor(['admin', DISTRICT]), 'read', GRID_A, true],
    ['district admin creates under a village', actor(['admin', DISTRICT]), 'create_child', VILLAGE_A, true],
    ['township admin updates its village', actor(['admin', TOWN_A]), 'update', VILLAGE_A, true],
    ['township admin cannot touch a sibling township', actor(['admin', TOWN_A]), 'update', TOWN_B, false],
    ['township admin cannot read the district', actor(['admin', TOWN_A]), 'read', DISTRICT, false],
    ['village liaison reads its grid', actor(['liaison', VILLAGE_A]), 'read', GRID_A, true],
    ['village liaison reads its village', actor(['liaison', VILLAGE_A]), 'read', VILLAGE_A, true],
    ['village liaison cannot read its township', actor(['liaison', VILLAGE_A]), 'read', TOWN_A, false],
    ['village liaison cannot read another township', actor(['liaison', VILLAGE_A]), 'read', TOWN_B, false],
    ['liaison cannot create places', actor(['liaison', VILLAGE_A]), 'create_child', VILLAGE_A, false],
    ['leader reads everything beneath', actor(['leader', DISTRICT]), 'read', GRID_A, true],
    ['leader cannot rename', actor(['leader', DISTRICT]), 'update', VILLAGE_A, false],
    ['member reads its township', actor(['member', TOWN_A]), 'read', VILLAGE_A, true],
    ['member cannot archive', actor(['member', TOWN_A]), 'archive', VILLAGE_A, false],
    ['department reads', actor(['department', DISTRICT]), 'read', TOWN_B, true],
    ['department cannot move', actor(['department', DISTRICT]), 'move', TOWN_B, false],
    ['the CPPCC office reads its reach', actor(['cppcc', TOWN_A]), 'read', GRID_A, true],
    ['the CPPCC office cannot create places', actor(['cppcc', DISTRICT]), 'create_child', TOWN_A, false],
    ['two grants reach two regions', actor(['liaison', VILLAGE_A], ['admin', TOWN_B]), 'update', TOWN_B, true],
    ['…but each role only its own', actor(['liaison', VILLAGE_A], ['admin', TOWN_B]), 'update', VILLAGE_A, false],
    ['no grants, no reach', actor(), 'read', DISTRICT, false],
  ];
  it.each(table)('%s', (_name, a, action, path, allowed) => {
    expect(canPlace(a, action, { path })).toBe(allowed);
  });

  it('does not confuse a path prefix of characters with a parent', () => {
    // "/d/ta/" must not reach "/d/tab/": paths end with "/" so a prefix match is a subtree match
    expect(canPlace(actor(['admin', '/d/ta/']), 'read', { path: '/d/tab/' })).toBe(false);
  });
});

describe('changes decided at the parent', () => {
  const village = { path: VILLAGE_A, parentPath: TOWN_A };
  const district = { path: DISTRICT, parentPath: null };

  it('decides an update at the place, a move or an archive at its parent, and never moves the top', () => {
    expect(decidedAt('update', village)).toBe(VILLAGE_A);
    expect(decidedAt('move', village)).toBe(TOWN_A);
    expect(decidedAt('archive', village)).toBe(TOWN_A);
    expect(decidedAt('move', district)).toBeNull();
    expect(decidedAt('update', district)).toBe(DISTRICT);
  });

  it.each([
    ['village admin updates their village', ['admin', VILLAGE_A], 'update', village, true],
    ['village admin does not move their own village', ['admin', VILLAGE_A], 'move', village, false],
    ['village admin does not archive their own village', ['admin', VILLAGE_A], 'archive', village, false],
    ['township admin moves a village of theirs', ['admin', TOWN_A], 'move', village, true],
    ['township admin does not move a village of another township', ['admin', TOWN_B], 'move', village, false],
    ['district admin does not archive the district', ['admin', DISTRICT], 'archive', district, false],
    ['a leader above moves nothing', ['leader', DISTRICT], 'move', village, false],
  ] as const)('%s → %s', (_, grant, action, place, allowed) => {
    expect(canChangePlace(actor([grant[0], grant[1]]), action, place)).toBe(allowed);
  });
});

describe('abilities', () => {
  it('lets the admin of a township change its villages but not move or archive the township itself', () => {
    const a = actor(['admin', TOWN_A]);
    expect(placeAbilities(a, { path: TOWN_A, parentPath: DISTRICT })).toEqual({
      createChild: true,
      update: true,
      move: false,
      archive: false,
    });
    expect(placeAbilities(a, { path: VILLAGE_A, parentPath: TOWN_A })).toEqual({
      createChild: true,
      update: true,
      move: true,
      archive: true,
    });
  });

  it('gives readers no abilities', () => {
    expect(placeAbilities(actor(['leader', DISTRICT]), { path: VILLAGE_A, parentPath: TOWN_A })).toEqual({
      createChild: false,
      update: false,
      move: false,
      archive: false,
    });
  });
});

describe('visibleRoots', () => {
  it('keeps only the tops of overlapping grants', () => {
    expect(visibleRoots(actor(['liaison', VILLAGE_A], ['member', TOWN_A], ['leader', TOWN_B])).sort()).toEqual(
      [TOWN_A, TOWN_B].sort(),
    );
  });
});
