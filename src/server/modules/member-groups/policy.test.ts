import { describe, expect, it } from 'vitest';
import { MEMBER_GROUP_KINDS, type MemberGroupKind } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { actorWith as actor } from '../../testing/actors';
import { canGroup, coverageRoots, listAbilities, type MemberGroupAction, readsGroups } from './policy';

const DISTRICT = '/d/';
const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const TOWN_B = '/d/tb/';

const cppcc = actor('cppcc', ['cppcc', DISTRICT]);
const cppccA = actor('cppccA', ['cppcc', TOWN_A]);
const cppccB = actor('cppccB', ['cppcc', TOWN_B]);
const liaisonA = actor('liaisonA', ['liaison', TOWN_A]);
const liaisonV = actor('liaisonV', ['liaison', VILLAGE_A]);
const member = actor('member', ['member', TOWN_A]);
const leader = actor('leader', ['leader', DISTRICT]);
const department = actor('dept', ['department', DISTRICT]);
const admin = actor('admin', ['admin', DISTRICT]);

describe('canGroup: who × action × kind over a group kept at township A', () => {
  const table: [string, Actor, MemberGroupAction, MemberGroupKind, boolean][] = [
    ['the district office keeps a committee beneath it', cppcc, 'manage', 'committee', true],
    ['the township office keeps its 镇街组', cppccA, 'manage', 'local_group', true],
    ['another township’s office does not read it', cppccB, 'read', 'committee', false],
    ['another township’s office does not keep it', cppccB, 'manage', 'council', false],
    ['the township liaison reads a committee', liaisonA, 'read', 'committee', true],
    ['the township liaison keeps a council’s fixed members', liaisonA, 'manage', 'council', true],
    ['the township liaison does not keep a committee', liaisonA, 'manage', 'committee', false],
    ['the township liaison does not keep a 1+2+N group', liaisonA, 'manage', 'activity', false],
    ['a village liaison does not reach the township’s group', liaisonV, 'manage', 'council', false],
    ['a member in reach reads', member, 'read', 'sector', true],
    ['a member does not keep groups', member, 'manage', 'council', false],
    ['a leader in reach reads', leader, 'read', 'district_group', true],
    ['a leader does not keep groups', leader, 'manage', 'committee', false],
    ['a department does not read groups', department, 'read', 'committee', false],
    ['an administrator does not read groups', admin, 'read', 'committee', false],
  ];
  it.each(table)('%s', (_, who, action, kind, allowed) => {
    expect(canGroup(who, action, { placePath: TOWN_A, kind })).toBe(allowed);
  });

  it('lets a member read the groups they belong to wherever those are kept, and nothing more', () => {
    for (const kind of MEMBER_GROUP_KINDS) {
      expect(canGroup(member, 'read', { placePath: DISTRICT, kind }), kind).toBe(false);
      expect(canGroup(member, 'read', { placePath: DISTRICT, kind, isMine: true }), kind).toBe(true);
      expect(canGroup(member, 'manage', { placePath: DISTRICT, kind, isMine: true }), kind).toBe(false);
    }
  });
});

describe('what the lists offer', () => {
  const table: [string, Actor, { create: boolean; createCouncil: boolean }, boolean, number][] = [
    ['the office creates any kind and checks coverage', cppcc, { create: true, createCouncil: true }, true, 1],
    [
      'a liaison creates councils’ fixed members and checks coverage',
      liaisonA,
      { create: false, createCouncil: true },
      true,
      1,
    ],
    ['a leader reads and checks coverage', leader, { create: false, createCouncil: false }, true, 1],
    ['a member reads, without the coverage check', member, { create: false, createCouncil: false }, true, 0],
    ['a department has none of it', department, { create: false, createCouncil: false }, false, 0],
    ['an administrator has none of it', admin, { create: false, createCouncil: false }, false, 0],
  ];
  it.each(table)('%s', (_, who, abilities, reads, coverage) => {
    expect(listAbilities(who)).toEqual(abilities);
    expect(readsGroups(who)).toBe(reads);
    expect(coverageRoots(who)).toHaveLength(coverage);
  });
});
