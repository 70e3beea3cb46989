import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import { actorWith } from '../../testing/actors';
import { canRecordAt, canSubmission, type SubmissionPermission } from './policy';

const actor = actorWith;

const VILLAGE_A = '/d/ta/va/';
const GRID_A = '/d/ta/va/ga/';
const VILLAGE_B = '/d/tb/vb/';
const item = (placePath: string, departmentId: string | null = null) => ({ placePath, departmentId });

describe('canSubmission: role × place × permission', () => {
  const table: [string, Actor, SubmissionPermission, ReturnType<typeof item>, boolean][] = [
    ['township liaison sorts a grid item', actor('l', ['liaison', '/d/ta/']), 'sort', item(GRID_A), true],
    ['village liaison reads its item', actor('l', ['liaison', VILLAGE_A]), 'read', item(GRID_A), true],
    ['village liaison cannot read another village', actor('l', ['liaison', VILLAGE_A]), 'read', item(VILLAGE_B), false],
    ['liaison sees the full phone number', actor('l', ['liaison', VILLAGE_A]), 'reveal_phone', item(VILLAGE_A), true],
    ['member reads', actor('m', ['member', '/d/ta/']), 'read', item(VILLAGE_A), true],
    ['member cannot sort', actor('m', ['member', '/d/ta/']), 'sort', item(VILLAGE_A), false],
    ['member does not see the full phone', actor('m', ['member', '/d/ta/']), 'reveal_phone', item(VILLAGE_A), false],
    ['leader reads but does not handle', actor('x', ['leader', '/d/']), 'handle', item(VILLAGE_A), false],
    ['admin does not read residents’ items', actor('a', ['admin', '/d/']), 'read', item(VILLAGE_A), false],
    ['the CPPCC office reads in reach', actor('c', ['cppcc', '/d/']), 'read', item(GRID_A), true],
    ['the CPPCC office does not sort', actor('c', ['cppcc', '/d/']), 'sort', item(VILLAGE_A), false],
    ['the CPPCC office does not handle', actor('c', ['cppcc', '/d/']), 'handle', item(VILLAGE_A), false],
    ['the CPPCC office does not record', actor('c', ['cppcc', '/d/']), 'record', item(VILLAGE_A), false],
    ['the CPPCC office does not see the phone', actor('c', ['cppcc', '/d/']), 'reveal_phone', item(VILLAGE_A), false],
    ['a township CPPCC office does not read another', actor('c', ['cppcc', '/d/ta/']), 'read', item(VILLAGE_B), false],
    [
      'department reads what was forwarded to it',
      actor('dep', ['department', '/d/']),
      'read',
      item(VILLAGE_A, 'dep'),
      true,
    ],
    [
      'department handles what was forwarded to it',
      actor('dep', ['department', '/d/']),
      'handle',
      item(VILLAGE_A, 'dep'),
      true,
    ],
    ['department cannot sort', actor('dep', ['department', '/d/']), 'sort', item(VILLAGE_A, 'dep'), false],
    [
      'department does not see what went elsewhere',
      actor('dep', ['department', '/d/']),
      'read',
      item(VILLAGE_A, 'other'),
      false,
    ],
    ['department does not see the unsorted inbox', actor('dep', ['department', '/d/']), 'read', item(VILLAGE_A), false],
  ];
  it.each(table)('%s', (_n, a, permission, s, allowed) => {
    expect(canSubmission(a, permission, s)).toBe(allowed);
  });
});

describe('canRecordAt', () => {
  it('lets liaisons and members record walk-ins in their region only', () => {
    expect(canRecordAt(actor('m', ['member', '/d/ta/']), VILLAGE_A)).toBe(true);
    expect(canRecordAt(actor('l', ['liaison', VILLAGE_A]), VILLAGE_B)).toBe(false);
    expect(canRecordAt(actor('x', ['leader', '/d/']), VILLAGE_A)).toBe(false);
  });
});

describe('委员会客厅: a submission addressed to a member', () => {
  const addressed = (placePath: string, addressedMemberId: string | null) => ({
    placePath,
    departmentId: null,
    addressedMemberId,
  });
  const table: [string, Actor, SubmissionPermission, ReturnType<typeof addressed>, boolean][] = [
    [
      'the member reads it outside their reach',
      actor('m', ['member', '/d/ta/']),
      'read',
      addressed(VILLAGE_B, 'm'),
      true,
    ],
    ['the member does not sort it', actor('m', ['member', '/d/ta/']), 'sort', addressed(VILLAGE_B, 'm'), false],
    ['nor handle it', actor('m', ['member', '/d/ta/']), 'handle', addressed(VILLAGE_B, 'm'), false],
    ['nor see the full phone', actor('m', ['member', '/d/ta/']), 'reveal_phone', addressed(VILLAGE_B, 'm'), false],
    ['another member does not read it', actor('m2', ['member', '/d/ta/']), 'read', addressed(VILLAGE_B, 'm'), false],
    [
      'the same account without a member grant does not read it',
      actor('m', ['liaison', '/d/ta/']),
      'read',
      addressed(VILLAGE_B, 'm'),
      false,
    ],
    ['the liaison in reach still sorts it', actor('l', ['liaison', '/d/tb/']), 'sort', addressed(VILLAGE_B, 'm'), true],
  ];
  it.each(table)('%s', (_n, a, permission, s, allowed) => {
    expect(canSubmission(a, permission, s)).toBe(allowed);
  });
});
