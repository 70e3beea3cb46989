import { describe, expect, it } from 'vitest';
import { OUTCOME_STATUSES } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { actorWith } from '../../testing/actors';
import { canRevisit, dueRoots, type RevisitAction, reachesPlace, revisitAbilities } from './policy';

const actor = actorWith;

const DISTRICT = '/d/';
const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const TOWN_B = '/d/tb/';
const OUTCOME = { placePath: TOWN_A }; // an outcome of township A

const liaisonA = actor('liaisonA', ['liaison', TOWN_A]);
const liaisonD = actor('liaisonD', ['liaison', DISTRICT]);
const liaisonV = actor('liaisonV', ['liaison', VILLAGE_A]);
const liaisonB = actor('liaisonB', ['liaison', TOWN_B]);
const member = actor('member', ['member', TOWN_A]);
const leader = actor('leader', ['leader', DISTRICT]);
const leaderB = actor('leaderB', ['leader', TOWN_B]);
const department = actor('dept', ['department', DISTRICT]);
const admin = actor('admin', ['admin', DISTRICT]);
const cppcc = actor('cppcc', ['cppcc', DISTRICT]);

describe('canRevisit: who × action over an outcome of township A', () => {
  const table: [string, Actor, RevisitAction, boolean][] = [
    ['the township liaison reads', liaisonA, 'read', true],
    ['the township liaison records', liaisonA, 'record', true],
    ['a district liaison records beneath it', liaisonD, 'record', true],
    ['a village liaison does not reach the township’s outcome', liaisonV, 'read', false],
    ['another township’s liaison does not read', liaisonB, 'read', false],
    ['a member in reach reads', member, 'read', true],
    ['a member does not record', member, 'record', false],
    ['a leader in reach reads', leader, 'read', true],
    ['a leader does not record', leader, 'record', false],
    ['a leader elsewhere does not read', leaderB, 'read', false],
    ['a department (a recipient, maybe) does not read', department, 'read', false],
    ['an administrator does not read', admin, 'read', false],
    ['the CPPCC office in reach reads', cppcc, 'read', true],
    ['the CPPCC office does not record', cppcc, 'record', false],
  ];
  it.each(table)('%s', (_, who, action, allowed) => {
    expect(canRevisit(who, action, OUTCOME)).toBe(allowed);
  });
});

describe('revisitAbilities', () => {
  it('the liaison records and sets the date only while the outcome is carried out', () => {
    for (const status of OUTCOME_STATUSES) {
      const may = status === 'carried_out';
      expect(revisitAbilities(liaisonA, { ...OUTCOME, status }), status).toEqual({ record: may, setReviewDate: may });
    }
  });
  it('no one else does, whatever the status', () => {
    for (const who of [member, leader, liaisonB, department])
      expect(revisitAbilities(who, { ...OUTCOME, status: 'carried_out' })).toEqual({
        record: false,
        setReviewDate: false,
      });
  });
});

describe('the due list’s reach', () => {
  it('is where one holds a role that reads revisits, the widest only', () => {
    expect(dueRoots(actor('x', ['liaison', TOWN_A], ['leader', DISTRICT], ['department', TOWN_B]))).toEqual([DISTRICT]);
    expect(dueRoots(department)).toEqual([]);
    expect(dueRoots(admin)).toEqual([]);
  });
  it.each<[string, Actor, string, boolean]>([
    ['the liaison’s own township', liaisonA, TOWN_A, true],
    ['a village beneath it', liaisonA, VILLAGE_A, true],
    ['the district above it', liaisonA, DISTRICT, false],
    ['another township', liaisonA, TOWN_B, false],
    ['a district leader’s township', leader, TOWN_B, true],
    ['a department anywhere', department, TOWN_A, false],
  ])('%s', (_, who, path, allowed) => {
    expect(reachesPlace(who, path)).toBe(allowed);
  });
});
