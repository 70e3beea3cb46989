import { describe, expect, it } from 'vitest';
import type { DutyPermission } from '../../../shared/access/duty';
import type { Actor } from '../../platform/auth/actor';
import { actorWith } from '../../testing/actors';
import { type Access, accessTo, canDuty, defaultRegion, isMember, mayReview } from './policy';

const DISTRICT = '/d/';
const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const TOWN_B = '/d/tb/';

const cppcc = actorWith('cppcc', ['cppcc', DISTRICT]);
const cppccB = actorWith('cppccB', ['cppcc', TOWN_B]);
const liaisonA = actorWith('liaisonA', ['liaison', TOWN_A]);
const liaisonV = actorWith('liaisonV', ['liaison', VILLAGE_A]);
const leader = actorWith('leader', ['leader', DISTRICT]);
const memberA = actorWith('memberA', ['member', TOWN_A]);
const memberB = actorWith('memberB', ['member', TOWN_B]);
const admin = actorWith('admin', ['admin', DISTRICT]);
const department = actorWith('dept', ['department', DISTRICT]);

describe('canDuty: who × action over a member of township A', () => {
  it.each<[string, Actor, DutyPermission, boolean]>([
    ['the district office reads', cppcc, 'read', true],
    ['the district office sets rules', cppcc, 'rules', true],
    ['the district office reviews', cppcc, 'review', true],
    ['another township’s office does not read', cppccB, 'read', false],
    ['the township liaison reads', liaisonA, 'read', true],
    ['the township liaison reviews', liaisonA, 'review', true],
    ['the township liaison sets no rules', liaisonA, 'rules', false],
    ['a village liaison does not reach the township', liaisonV, 'read', false],
    ['a leader reads', leader, 'read', true],
    ['a leader does not review', leader, 'review', false],
    ['a leader sets no rules', leader, 'rules', false],
    ['a member does not read others’ ledgers', memberA, 'read', false],
    ['an administrator does not read', admin, 'read', false],
    ['a department does not read', department, 'read', false],
  ])('%s', (_, who, action, allowed) => {
    expect(canDuty(who, action, TOWN_A)).toBe(allowed);
  });
});

describe('accessTo: read, refused (403) or unseen (404)', () => {
  it.each<[string, Actor, string, string | undefined, Access]>([
    ['the office, a member beneath it', cppcc, VILLAGE_A, 'x', 'read'],
    ['the member, their own ledger', memberA, TOWN_A, 'memberA', 'read'],
    ['a member, another’s ledger in reach', memberA, VILLAGE_A, 'x', 'forbidden'],
    ['a member, another township', memberA, TOWN_B, 'x', 'unseen'],
    ['a member, a region in reach (a ranking)', memberA, TOWN_A, undefined, 'forbidden'],
    ['an administrator in reach', admin, TOWN_A, 'x', 'forbidden'],
    ['a department in reach', department, TOWN_A, 'x', 'forbidden'],
    ['another township’s office', cppccB, TOWN_A, 'x', 'unseen'],
    ['a village liaison, the township above', liaisonV, TOWN_A, undefined, 'unseen'],
    ['a leader, the district', leader, DISTRICT, undefined, 'read'],
  ])('%s', (_, who, path, owner, access) => {
    expect(accessTo(who, path, owner)).toBe(access);
  });
});

describe('mayReview', () => {
  it.each<[string, Actor, { memberId: string; placePath: string }, boolean]>([
    ['the township liaison, a member of its township', liaisonA, { memberId: 'm', placePath: TOWN_A }, true],
    ['the office, a member of a village', cppcc, { memberId: 'm', placePath: VILLAGE_A }, true],
    ['a liaison elsewhere', liaisonV, { memberId: 'm', placePath: TOWN_B }, false],
    ['a leader', leader, { memberId: 'm', placePath: TOWN_A }, false],
    ['a member', memberA, { memberId: 'm', placePath: TOWN_A }, false],
    ['never one’s own entry', actorWith('both', ['liaison', TOWN_A]), { memberId: 'both', placePath: TOWN_A }, false],
  ])('%s', (_, who, entry, allowed) => {
    expect(mayReview(who, entry)).toBe(allowed);
  });
});

describe('defaultRegion and isMember', () => {
  it('is the widest place where one reads the ledger', () => {
    expect(defaultRegion(actorWith('x', ['liaison', TOWN_A], ['leader', DISTRICT]))).toBe(DISTRICT);
    expect(defaultRegion(liaisonA)).toBe(TOWN_A);
    expect(defaultRegion(memberA)).toBeUndefined();
    expect(defaultRegion(admin)).toBeUndefined();
  });
  it('a member is whoever holds a member grant', () => {
    expect([memberA, memberB, cppcc, liaisonA].map(isMember)).toEqual([true, true, false, false]);
  });
});
