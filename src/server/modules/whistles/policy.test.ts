import { describe, expect, it } from 'vitest';
import {
  nextWhistleStatus,
  type WhistleAction as Transition,
  WHISTLE_TRANSITIONS,
} from '../../../shared/access/whistles';
import { WHISTLE_STATUSES, type WhistleStatus } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { actorWith } from '../../testing/actors';
import { canWhistle, type WhistleAction, type WhistleScope, whistleAbilities } from './policy';

const actor = actorWith;

const DISTRICT = '/d/';
const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const TOWN_B = '/d/tb/';

const liaisonV = actor('liaisonV', ['liaison', VILLAGE_A]);
const liaisonA = actor('liaisonA', ['liaison', TOWN_A]);
const cppccD = actor('cppccD', ['cppcc', DISTRICT]);
const liaisonB = actor('liaisonB', ['liaison', TOWN_B]);
const leader = actor('leader', ['leader', DISTRICT]);
const member = actor('member', ['member', TOWN_A]);
const memberB = actor('memberB', ['member', TOWN_B]);
const department = actor('dept', ['department', DISTRICT]);
const admin = actor('admin', ['admin', DISTRICT]);

/** A whistle of village A, open, nobody answered, the viewer neither called nor serving. */
const whistle = (extra: Partial<WhistleScope> = {}): WhistleScope => ({
  placePath: VILLAGE_A,
  status: 'open',
  isCalled: false,
  isServed: false,
  isAnsweredByMe: false,
  answerCount: 0,
  ...extra,
});

describe('canWhistle: who × action × how they stand to a whistle of village A', () => {
  const table: [string, Actor, WhistleAction, Partial<WhistleScope>, boolean][] = [
    ['the village liaison reads', liaisonV, 'read', {}, true],
    ['the village liaison calls (raise, close, withdraw)', liaisonV, 'call', {}, true],
    ['the township liaison calls beneath it', liaisonA, 'call', {}, true],
    ['the district CPPCC office calls', cppccD, 'call', {}, true],
    ['another township’s liaison does not read', liaisonB, 'read', {}, false],
    ['another township’s liaison does not call', liaisonB, 'call', {}, false],
    ['a leader in reach reads', leader, 'read', {}, true],
    ['a leader does not call', leader, 'call', {}, false],
    ['a leader does not answer', leader, 'answer', {}, false],
    ['an administrator does not read', admin, 'read', {}, false],
    ['a member in reach, neither called nor serving, does not read', member, 'read', {}, false],
    ['a member called reads', member, 'read', { isCalled: true }, true],
    ['a member called answers', member, 'answer', { isCalled: true }, true],
    ['a member serving reads it while open', member, 'read', { isServed: true }, true],
    ['a member serving answers', member, 'answer', { isServed: true }, true],
    ['a member serving no longer reads it once closed', member, 'read', { isServed: true, status: 'closed' }, false],
    ['a member who answered reads it once closed', member, 'read', { isAnsweredByMe: true, status: 'closed' }, true],
    ['a member called reads it once withdrawn', member, 'read', { isCalled: true, status: 'withdrawn' }, true],
    ['a member never calls', member, 'call', { isCalled: true }, false],
    ['another region’s member called (sector) reads', memberB, 'read', { isCalled: true }, true],
    ['a department not picked does not read', department, 'read', {}, false],
    ['a department picked reads', department, 'read', { isCalled: true }, true],
    ['a department picked answers', department, 'answer', { isCalled: true }, true],
    ['a department does not call', department, 'call', { isCalled: true }, false],
    ['a liaison called (by mistake) does not answer', liaisonA, 'answer', { isCalled: true }, false],
  ];
  it.each(table)('%s', (_, who, action, scope, allowed) => {
    expect(canWhistle(who, action, whistle(scope))).toBe(allowed);
  });
});

describe('the status machine', () => {
  const table: [Transition, WhistleStatus, WhistleStatus | null][] = [
    ['close', 'open', 'closed'],
    ['close', 'closed', null],
    ['close', 'withdrawn', null],
    ['withdraw', 'open', 'withdrawn'],
    ['withdraw', 'closed', null],
    ['withdraw', 'withdrawn', null],
  ];
  it.each(table)('%s from %s → %s', (action, from, to) => {
    expect(nextWhistleStatus(action, from)).toBe(to);
  });
  it('covers every action and status', () => {
    expect(table.length).toBe(Object.keys(WHISTLE_TRANSITIONS).length * WHISTLE_STATUSES.length);
  });
});

describe('whistleAbilities', () => {
  const none = { answer: false, recordDone: false, close: false, withdraw: false };
  const table: [string, Actor, Partial<WhistleScope>, typeof none][] = [
    ['the caller, nobody answered: withdraw only', liaisonV, {}, { ...none, withdraw: true }],
    ['the caller, answered: close or withdraw', liaisonV, { answerCount: 1 }, { ...none, close: true, withdraw: true }],
    ['the caller, closed: nothing', liaisonV, { answerCount: 1, status: 'closed' }, none],
    ['the caller, withdrawn: nothing', liaisonV, { status: 'withdrawn' }, none],
    ['a member called: answer', member, { isCalled: true }, { ...none, answer: true }],
    ['a member serving: answer', member, { isServed: true }, { ...none, answer: true }],
    [
      'a member who answered: record what was done',
      member,
      { isCalled: true, isAnsweredByMe: true, answerCount: 1 },
      { ...none, recordDone: true },
    ],
    ['a member who answered, closed: nothing', member, { isAnsweredByMe: true, status: 'closed' }, none],
    ['a member called, withdrawn: nothing', member, { isCalled: true, status: 'withdrawn' }, none],
    ['a leader: nothing', leader, { answerCount: 1 }, none],
    ['a department picked: answer', department, { isCalled: true }, { ...none, answer: true }],
  ];
  it.each(table)('%s', (_, who, scope, abilities) => {
    expect(whistleAbilities(who, whistle(scope))).toEqual(abilities);
  });
});
