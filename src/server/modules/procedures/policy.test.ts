import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { canKeepProcedures } from './policy';

const actor = (...grants: [Role, string][]): Actor => ({
  id: 'x',
  username: 'x',
  displayName: 'x',
  homePlacePath: grants[0]?.[1] ?? '/',
  grants: grants.map(([role, placePath], i) => ({ id: `g${i}`, role, placePath, placeId: placePath, placeName: '' })),
});

const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const TOWN_B = '/d/tb/';

describe('canKeepProcedures: role × place', () => {
  const table: [string, Actor, string, boolean][] = [
    ['admin keeps procedures', actor(['admin', '/d/']), VILLAGE_A, true],
    ['liaison keeps procedures', actor(['liaison', TOWN_A]), VILLAGE_A, true],
    ['member keeps none', actor(['member', TOWN_A]), VILLAGE_A, false],
    ['leader keeps none', actor(['leader', '/d/']), VILLAGE_A, false],
    ['admin of another township', actor(['admin', TOWN_A]), TOWN_B, false],
  ];
  it.each(table)('%s → %s', (_name, who, path, allowed) => {
    expect(canKeepProcedures(who, path)).toBe(allowed);
  });
});
