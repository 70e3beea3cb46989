import { describe, expect, it } from 'vitest';
import type { TrainingPermission } from '../../../shared/access/trainings';
import type { Actor } from '../../platform/auth/actor';
import { actorWith } from '../../testing/actors';
import { canTraining, isForMe, type TrainingScope, trainingAbilities } from './policy';

const actor = actorWith;

const DISTRICT = '/d/';
const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const TOWN_B = '/d/tb/';

const cppccD = actor('cppccD', ['cppcc', DISTRICT]);
const cppccB = actor('cppccB', ['cppcc', TOWN_B]);
const liaisonA = actor('liaisonA', ['liaison', TOWN_A]);
const liaisonV = actor('liaisonV', ['liaison', VILLAGE_A]);
const leader = actor('leader', ['leader', DISTRICT]);
const memberA = actor('memberA', ['member', TOWN_A]);
const memberV = actor('memberV', ['member', VILLAGE_A]);
const memberD = actor('memberD', ['member', DISTRICT]); // a district member: above a township's session
const memberB = actor('memberB', ['member', TOWN_B]);
const department = actor('dept', ['department', DISTRICT]);
const admin = actor('admin', ['admin', DISTRICT]);

/** A session of township A, signing in now; the viewer neither invited nor attended. */
const session = (extra: Partial<TrainingScope> = {}): TrainingScope => ({
  placePath: TOWN_A,
  state: 'open',
  isInvited: false,
  attendedAt: null,
  attendedCount: 0,
  ...extra,
});

describe('canTraining: who × action over a session of township A', () => {
  const table: [string, Actor, TrainingPermission, Partial<TrainingScope>, boolean][] = [
    ['the district CPPCC office keeps it', cppccD, 'manage', {}, true],
    ['the township liaison keeps it', liaisonA, 'manage', {}, true],
    ['a village liaison does not reach it', liaisonV, 'read', {}, false],
    ['another township’s office does not read it', cppccB, 'read', {}, false],
    ['a leader in reach reads', leader, 'read', {}, true],
    ['a leader does not keep it', leader, 'manage', {}, false],
    ['a member of the township reads (it is for them)', memberA, 'read', {}, true],
    ['a member of a village beneath reads', memberV, 'read', {}, true],
    ['a member never keeps it', memberA, 'manage', {}, false],
    ['a district member, not invited, does not read a township’s session', memberD, 'read', {}, false],
    ['a district member invited reads', memberD, 'read', { isInvited: true }, true],
    ['another township’s member does not read', memberB, 'read', {}, false],
    ['another township’s member who attended reads', memberB, 'read', { attendedAt: new Date() }, true],
    ['a department does not read', department, 'read', {}, false],
    ['a department invited (not a member) does not read', department, 'read', { isInvited: true }, false],
    ['an administrator does not read', admin, 'read', {}, false],
  ];
  it.each(table)('%s', (_, who, action, scope, allowed) => {
    expect(canTraining(who, action, session(scope))).toBe(allowed);
  });
});

describe('isForMe: who may sign in', () => {
  it.each<[string, Actor, Partial<TrainingScope>, boolean]>([
    ['a member of its places', memberA, {}, true],
    ['a member invited from above', memberD, { isInvited: true }, true],
    ['a member elsewhere', memberB, {}, false],
    ['staff, however close', liaisonA, { isInvited: true }, false],
  ])('%s', (_, who, scope, allowed) => {
    expect(isForMe(who, session(scope))).toBe(allowed);
  });
});

describe('trainingAbilities', () => {
  const none = { manage: false, tick: false, cancel: false, checkIn: false };
  const table: [string, Actor, Partial<TrainingScope>, typeof none][] = [
    ['staff before it opens: keep, cancel', cppccD, { state: 'upcoming' }, { ...none, manage: true, cancel: true }],
    ['staff while open: keep, tick, cancel', cppccD, {}, { ...none, manage: true, tick: true, cancel: true }],
    ['staff once attended: no cancelling', cppccD, { attendedCount: 2 }, { ...none, manage: true, tick: true }],
    [
      'staff after it ended: keep, tick',
      liaisonA,
      { state: 'ended', attendedCount: 1 },
      { ...none, manage: true, tick: true },
    ],
    ['staff once cancelled: nothing', cppccD, { state: 'cancelled' }, none],
    ['a member while open: sign in', memberA, {}, { ...none, checkIn: true }],
    ['a member signed in: nothing more', memberA, { attendedAt: new Date() }, none],
    ['a member before it opens: nothing yet', memberA, { state: 'upcoming' }, none],
    ['a member after it ended: nothing', memberA, { state: 'ended' }, none],
    ['a member elsewhere: nothing', memberB, {}, none],
    ['a leader: nothing', leader, {}, none],
  ];
  it.each(table)('%s', (_, who, scope, abilities) => {
    expect(trainingAbilities(who, session(scope))).toEqual(abilities);
  });
});
