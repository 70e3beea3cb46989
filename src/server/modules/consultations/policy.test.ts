import { describe, expect, it } from 'vitest';
import type { ConsultationStatus, Role } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { type ConsultationPermission, canConsultation, consultationAbilities } from './policy';

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

describe('canConsultation: role × place × permission', () => {
  const table: [string, Actor, ConsultationPermission, { placePath: string; isInvited?: boolean }, boolean][] = [
    [
      'township liaison manages its village council',
      actor(['liaison', TOWN_A]),
      'manage',
      { placePath: VILLAGE_A },
      true,
    ],
    [
      'village liaison does not manage the township',
      actor(['liaison', VILLAGE_A]),
      'manage',
      { placePath: TOWN_A },
      false,
    ],
    ['liaison of another township', actor(['liaison', TOWN_B]), 'read', { placePath: VILLAGE_A }, false],
    ['member reads', actor(['member', TOWN_A]), 'read', { placePath: VILLAGE_A }, true],
    ['member does not manage', actor(['member', TOWN_A]), 'manage', { placePath: VILLAGE_A }, false],
    ['leader reads', actor(['leader', '/d/']), 'read', { placePath: VILLAGE_A }, true],
    ['leader does not manage', actor(['leader', '/d/']), 'manage', { placePath: VILLAGE_A }, false],
    ['admin does not read', actor(['admin', '/d/']), 'read', { placePath: VILLAGE_A }, false],
    ['the CPPCC office manages in reach', actor(['cppcc', '/d/']), 'manage', { placePath: VILLAGE_A }, true],
    ['the CPPCC office of another township', actor(['cppcc', TOWN_B]), 'read', { placePath: VILLAGE_A }, false],
    [
      'an invitee of another township reads',
      actor(['member', TOWN_B]),
      'read',
      { placePath: VILLAGE_A, isInvited: true },
      true,
    ],
    [
      'an invitee does not manage',
      actor(['member', TOWN_B]),
      'manage',
      { placePath: VILLAGE_A, isInvited: true },
      false,
    ],
  ];
  it.each(table)('%s → %s', (_name, who, action, scope, allowed) => {
    expect(canConsultation(who, action, scope)).toBe(allowed);
  });
});

describe('consultationAbilities', () => {
  const now = new Date('2026-03-10T10:00:00Z');
  const c = (status: ConsultationStatus, placePath = VILLAGE_A) => ({ placePath, status, startsAt: now });
  const liaison = actor(['liaison', TOWN_A]);
  const member = actor(['member', TOWN_B]);

  it.each([
    ['scheduled', { manage: true, start: true, conclude: false, cancel: true }],
    ['in_progress', { manage: true, start: false, conclude: true, cancel: true }],
    ['concluded', { manage: false, start: false, conclude: false, cancel: false }],
    ['cancelled', { manage: false, start: false, conclude: false, cancel: false }],
  ] as const)('a liaison on a %s consultation', (status, expected) => {
    expect(consultationAbilities(liaison, c(status), null, now)).toEqual({ ...expected, signIn: false });
  });

  it('offers sign-in to an invitee not yet present, while it is open', () => {
    const invited = { ...c('scheduled'), isInvited: true };
    expect(consultationAbilities(member, invited, { attendedAt: null }, now).signIn).toBe(true);
    expect(consultationAbilities(member, invited, { attendedAt: now }, now).signIn).toBe(false);
    expect(consultationAbilities(member, { ...invited, status: 'cancelled' }, { attendedAt: null }, now).signIn).toBe(
      false,
    );
    expect(consultationAbilities(member, invited, null, now).signIn).toBe(false);
    expect(consultationAbilities(member, invited, { attendedAt: null }, now).manage).toBe(false);
  });
});
