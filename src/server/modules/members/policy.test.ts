import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import { actorWith } from '../../testing/actors';
import {
  canListMembers,
  canManageAt,
  canMember,
  type MemberPermission,
  type MemberScope,
  mayKeepRoster,
  memberAbilities,
} from './policy';

const actor = actorWith;

const DISTRICT = '/d/';
const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const TOWN_B = '/d/tb/';
const VILLAGE_B = '/d/tb/vb/';
// a member homed at township A, assigned to a village of township B
const WANG: MemberScope = { id: 'wang', homePlacePath: TOWN_A, servedPaths: [VILLAGE_B] };

const cppccD = actor('cppccD', ['cppcc', DISTRICT]);
const cppccA = actor('cppccA', ['cppcc', TOWN_A]);
const cppccB = actor('cppccB', ['cppcc', TOWN_B]);
const liaisonA = actor('liaisonA', ['liaison', TOWN_A]);
const liaisonVB = actor('liaisonVB', ['liaison', VILLAGE_B]);
const liaisonVA = actor('liaisonVA', ['liaison', VILLAGE_A]);
const leader = actor('leader', ['leader', DISTRICT]);
const wang = actor('wang', ['member', TOWN_A]);
const otherMember = actor('li', ['member', TOWN_A]);
const admin = actor('admin', ['admin', DISTRICT]);
const department = actor('dept', ['department', DISTRICT]);

describe('canMember: who × permission over a member homed at township A, serving a village of B', () => {
  const table: [string, Actor, MemberPermission, boolean][] = [
    ['the district CPPCC office reads', cppccD, 'read', true],
    ['the district CPPCC office keeps the profile', cppccD, 'manage', true],
    ['township A’s CPPCC office keeps it', cppccA, 'manage', true],
    ['township B’s CPPCC office reads (the member serves there)', cppccB, 'read', true],
    ['… but does not keep the profile (another office’s roster)', cppccB, 'manage', false],
    ['township A’s liaison reads', liaisonA, 'read', true],
    ['a liaison does not keep the roster', liaisonA, 'manage', false],
    ['the liaison of the village served reads', liaisonVB, 'read', true],
    ['a village liaison beneath the home does not', liaisonVA, 'read', false],
    ['a leader reads', leader, 'read', true],
    ['a leader does not keep the roster', leader, 'manage', false],
    ['the member reads their own profile', wang, 'read', true],
    ['… and does not keep it', wang, 'manage', false],
    ['another member does not read it', otherMember, 'read', false],
    ['an administrator does not read members', admin, 'read', false],
    ['a department does not read members', department, 'read', false],
  ];
  it.each(table)('%s', (_n, who, action, allowed) => {
    expect(canMember(who, action, WANG)).toBe(allowed);
  });
});

describe('the roster page and its keeping', () => {
  const table: [string, Actor, boolean, boolean][] = [
    // name, actor → has a roster, keeps one
    ['the CPPCC office', cppccA, true, true],
    ['a liaison', liaisonA, true, false],
    ['a leader', leader, true, false],
    ['a member', wang, false, false],
    ['an administrator', admin, false, false],
    ['a department', department, false, false],
  ];
  it.each(table)('%s', (_n, who, lists, keeps) => {
    expect(canListMembers(who)).toBe(lists);
    expect(mayKeepRoster(who)).toBe(keeps);
  });

  it('keeps the roster within reach only', () => {
    expect(canManageAt(cppccA, VILLAGE_A)).toBe(true);
    expect(canManageAt(cppccA, TOWN_B)).toBe(false);
    expect(canManageAt(cppccA, DISTRICT)).toBe(false);
    expect(canManageAt(liaisonA, VILLAGE_A)).toBe(false);
  });
});

describe('memberAbilities', () => {
  const at = (over: Partial<{ isDisabled: boolean; hasPhone: boolean }> = {}) => ({
    ...WANG,
    isDisabled: false,
    hasPhone: true,
    ...over,
  });
  const none = { edit: false, archive: false, restore: false, assign: false, revealPhone: false };
  const table: [string, Actor, ReturnType<typeof at>, ReturnType<typeof memberAbilities>][] = [
    [
      'the office, a member in office',
      cppccA,
      at(),
      { edit: true, archive: true, restore: false, assign: true, revealPhone: true },
    ],
    [
      'the office, archived',
      cppccA,
      at({ isDisabled: true }),
      { edit: true, archive: false, restore: true, assign: true, revealPhone: true },
    ],
    [
      'the office, no phone',
      cppccA,
      at({ hasPhone: false }),
      { edit: true, archive: true, restore: false, assign: true, revealPhone: false },
    ],
    ['another township’s office', cppccB, at(), none],
    ['a liaison', liaisonA, at(), none],
    ['a leader', leader, at(), none],
    ['the member themselves', wang, at(), none],
    [
      'an office member on their own profile: never archives themselves',
      actor('wang', ['cppcc', TOWN_A], ['member', TOWN_A]),
      at(),
      { edit: true, archive: false, restore: false, assign: true, revealPhone: true },
    ],
  ];
  it.each(table)('%s', (_n, who, m, expected) => {
    expect(memberAbilities(who, m)).toEqual(expected);
  });
});
