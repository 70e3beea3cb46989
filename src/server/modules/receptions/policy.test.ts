import { describe, expect, it } from 'vitest';
import { RECEPTION_STATUSES, type ReceptionStatus } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { actorWith } from '../../testing/actors';
import { canReception, maySeeRota, type ReceptionAction, receptionAbilities } from './policy';

const actor = actorWith;

const DISTRICT = '/d/';
const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const TOWN_B = '/d/tb/';

const onDuty = actor('m', ['member', TOWN_A]);
const onDutyElsewhere = actor('m', ['member', TOWN_B]); // the same member, whose grant does not reach the slot
const otherMember = actor('m2', ['member', TOWN_A]);
const liaisonA = actor('lA', ['liaison', TOWN_A]);
const liaisonV = actor('lV', ['liaison', VILLAGE_A]);
const liaisonB = actor('lB', ['liaison', TOWN_B]);
const cppcc = actor('c', ['cppcc', DISTRICT]);
const cppccB = actor('cB', ['cppcc', TOWN_B]);
const leader = actor('x', ['leader', DISTRICT]);
const department = actor('dep', ['department', DISTRICT]);
const admin = actor('a', ['admin', DISTRICT]);

const SLOT = { placePath: VILLAGE_A, memberId: 'm' }; // member m on duty in village A

describe('canReception: who × action over a slot in village A', () => {
  const table: [string, Actor, ReceptionAction, boolean][] = [
    ['the member on duty reads it', onDuty, 'read', true],
    ['the member on duty records it', onDuty, 'record', true],
    ['the member on duty does not keep the rota', onDuty, 'keep', false],
    ['the member on duty reads and records it beyond their grant', onDutyElsewhere, 'record', true],
    ['another member of the region reads it', otherMember, 'read', true],
    ['another member does not record it', otherMember, 'record', false],
    ['the township liaison keeps the rota', liaisonA, 'keep', true],
    ['the township liaison records the day', liaisonA, 'record', true],
    ['the village liaison keeps its own rota', liaisonV, 'keep', true],
    ['another township’s liaison does not read it', liaisonB, 'read', false],
    ['the district CPPCC office keeps the rota', cppcc, 'keep', true],
    ['the CPPCC office does not record the day (the liaison or member does)', cppcc, 'record', false],
    ['another township’s CPPCC office does not read it', cppccB, 'read', false],
    ['a leader reads it', leader, 'read', true],
    ['a leader does not keep it', leader, 'keep', false],
    ['a department does not read it', department, 'read', false],
    ['an administrator does not read it', admin, 'read', false],
  ];
  it.each(table)('%s', (_, who, action, allowed) => {
    expect(canReception(who, action, SLOT)).toBe(allowed);
  });
});

describe('receptionAbilities: role × status × time', () => {
  const now = new Date('2026-12-10T02:00:00Z');
  const begun = new Date(now.getTime() - 3_600_000);
  const ahead = new Date(now.getTime() + 86_400_000);
  const slot = (status: ReceptionStatus, startsAt: Date) => ({ ...SLOT, status, startsAt });
  const none = { swap: false, remove: false, markAbsent: false, record: false, raise: false };

  it.each<[string, Actor, ReceptionStatus, Date, typeof none]>([
    ['keeper, scheduled ahead: swap or take off', liaisonA, 'scheduled', ahead, { ...none, swap: true, remove: true }],
    [
      'liaison, scheduled and begun: also absent or record',
      liaisonA,
      'scheduled',
      begun,
      { swap: true, remove: true, markAbsent: true, record: true, raise: false },
    ],
    [
      'CPPCC office, begun: keeps, does not record',
      cppcc,
      'scheduled',
      begun,
      { ...none, swap: true, remove: true, markAbsent: true },
    ],
    ['member on duty, begun: records', onDuty, 'scheduled', begun, { ...none, record: true }],
    ['member on duty, ahead: nothing yet', onDuty, 'scheduled', ahead, none],
    ['member on duty, held: raises more', onDuty, 'held', begun, { ...none, raise: true }],
    ['liaison, held: raises more', liaisonA, 'held', begun, { ...none, raise: true }],
    ['liaison, absent: nothing', liaisonA, 'absent', begun, none],
    ['a reader: nothing', leader, 'scheduled', begun, none],
    ['another member: nothing', otherMember, 'held', begun, none],
  ])('%s', (_, who, status, startsAt, abilities) => {
    expect(receptionAbilities(who, slot(status, startsAt), now)).toEqual(abilities);
  });

  it('no one raises on a slot that is not held', () => {
    for (const status of RECEPTION_STATUSES.filter((s) => s !== 'held'))
      for (const who of [onDuty, liaisonA, cppcc])
        expect(receptionAbilities(who, slot(status, begun), now).raise).toBe(false);
  });
});

describe('who reads rotas at all', () => {
  it('the office, liaisons, leaders and members; not departments or administrators', () => {
    expect([cppcc, liaisonA, leader, onDuty, department, admin].map(maySeeRota)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
