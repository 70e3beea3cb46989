import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import { actorWith } from '../../testing/actors';
import {
  type ContactAction,
  canContact,
  contactAbilities,
  mayKeepContacts,
  maySeeContacts,
  mayServeAt,
} from './policy';

const actor = actorWith;

const DISTRICT = '/d/';
const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const TOWN_B = '/d/tb/';
const VILLAGE_B = '/d/tb/vb/';

const member = actor('m', ['member', TOWN_A]);
const otherMember = actor('m2', ['member', TOWN_A]);
const liaisonA = actor('lA', ['liaison', TOWN_A]);
const liaisonB = actor('lB', ['liaison', TOWN_B]);
const liaisonV = actor('lV', ['liaison', VILLAGE_A]);
const cppcc = actor('c', ['cppcc', DISTRICT]);
const leader = actor('x', ['leader', DISTRICT]);
const department = actor('dep', ['department', DISTRICT]);
const admin = actor('a', ['admin', DISTRICT]);
// the member's account id, though the grant is gone: no longer a member, no longer keeping contacts
const formerMember = actor('m', ['liaison', TOWN_B]);

const OWN = { memberId: 'm', placePath: VILLAGE_A }; // the member's contact in village A

describe('canContact: who × action over a member’s contact in village A', () => {
  const table: [string, Actor, ContactAction, boolean][] = [
    ['the member reads their own', member, 'read', true],
    ['the member keeps their own', member, 'keep', true],
    ['another member of the township does not read it', otherMember, 'read', false],
    ['another member does not keep it', otherMember, 'keep', false],
    ['the township liaison reads it', liaisonA, 'read', true],
    ['the township liaison does not keep it', liaisonA, 'keep', false],
    ['the village liaison reads it', liaisonV, 'read', true],
    ['another township’s liaison does not read it', liaisonB, 'read', false],
    ['the district CPPCC office reads it', cppcc, 'read', true],
    ['the CPPCC office does not keep it', cppcc, 'keep', false],
    ['a leader does not read it', leader, 'read', false],
    ['a department does not read it', department, 'read', false],
    ['an administrator does not read it', admin, 'read', false],
    ['the same account without a member grant does not keep it', formerMember, 'keep', false],
    ['nor read it outside its reach', formerMember, 'read', false],
  ];
  it.each(table)('%s', (_, who, action, allowed) => {
    expect(canContact(who, action, OWN)).toBe(allowed);
  });

  it('the member reads and keeps their own wherever it is (a place they serve outside their grant)', () => {
    const far = { memberId: 'm', placePath: VILLAGE_B };
    expect(canContact(member, 'read', far)).toBe(true);
    expect(canContact(member, 'keep', far)).toBe(true);
    expect(canContact(liaisonA, 'read', far)).toBe(false);
    expect(canContact(liaisonB, 'read', far)).toBe(true);
  });
});

describe('contactAbilities', () => {
  it.each<[string, Actor, Date | null, { edit: boolean; log: boolean; revealPhone: boolean }]>([
    ['the member, kept', member, null, { edit: true, log: true, revealPhone: true }],
    ['the member, no longer kept', member, new Date(), { edit: false, log: false, revealPhone: true }],
    ['a reader', liaisonA, null, { edit: false, log: false, revealPhone: false }],
    ['the CPPCC office', cppcc, null, { edit: false, log: false, revealPhone: false }],
  ])('%s', (_, who, archivedAt, abilities) => {
    expect(contactAbilities(who, { ...OWN, archivedAt })).toEqual(abilities);
  });
});

describe('where a member keeps contacts', () => {
  it('only members keep contacts', () => {
    expect([member, liaisonA, cppcc, leader, department, admin].map(mayKeepContacts)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it.each<[string, Actor, string[], string, boolean]>([
    ['within their grant’s reach', member, [], VILLAGE_A, true],
    ['the township itself', member, [], TOWN_A, true],
    ['outside it', member, [], VILLAGE_B, false],
    ['at a place they serve', member, [TOWN_B], VILLAGE_B, true],
    ['beneath a place they serve only', member, [VILLAGE_B], TOWN_B, false],
    ['a liaison’s reach is not a member’s', liaisonA, [], VILLAGE_A, false],
  ])('%s', (_, who, served, path, allowed) => {
    expect(mayServeAt(who, served, path)).toBe(allowed);
  });
});

describe('who sees contacts at all', () => {
  it('members and readers do; leaders, departments and administrators are refused the lists', () => {
    expect([member, liaisonA, cppcc, leader, department, admin].map(maySeeContacts)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
