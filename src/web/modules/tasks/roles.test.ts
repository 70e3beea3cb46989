import { describe, expect, it } from 'vitest';
import type { PlaceKind, Role } from '../../../shared/enums';
import type { Me } from '../../api/types';
import { mayOwnTasks, mayUseBoard, widestReach } from './roles';

const me = (...grants: [Role, PlaceKind, string][]): Me => ({
  id: 'a',
  username: 'a',
  displayName: 'a',
  locale: null,
  mustChangePassword: false,
  email: null,
  emailNotices: 'each',
  isEmailConfigured: false,
  grants: grants.map(([role, kind, name], i) => ({ id: `g${i}`, role, place: { id: `p${i}`, name, kind } })),
});

describe('who gets the board and 我的任务', () => {
  it.each([
    ['a liaison', me(['liaison', 'township', '东湖街道']), true, true],
    ['a leader', me(['leader', 'district', '青禾区']), true, false],
    ['the CPPCC office', me(['cppcc', 'district', '青禾区']), true, true],
    ['a department', me(['department', 'district', '区医保局']), false, true],
    ['a member', me(['member', 'township', '东湖街道']), false, false],
    ['an administrator', me(['admin', 'district', '青禾区']), false, false],
    ['no one signed in', null, false, false],
  ] as const)('%s', (_, who, board, own) => {
    expect(mayUseBoard(who)).toBe(board);
    expect(mayOwnTasks(who)).toBe(own);
  });
});

describe('widestReach: the place the board opens on', () => {
  it('takes the highest place among the board roles', () => {
    const who = me(
      ['liaison', 'community', '桃园社区'],
      ['leader', 'district', '青禾区'],
      ['liaison', 'township', '南岭镇'],
    );
    expect(widestReach(who)?.name).toBe('青禾区');
  });

  it('keeps the first of equal places', () => {
    expect(widestReach(me(['liaison', 'township', '南岭镇'], ['liaison', 'subdistrict', '东湖街道']))?.name).toBe(
      '南岭镇',
    );
  });

  it('ignores roles that do not supervise', () => {
    expect(widestReach(me(['department', 'district', '区医保局'], ['liaison', 'village', '桃园村']))?.name).toBe(
      '桃园村',
    );
    expect(widestReach(me(['member', 'district', '青禾区']))).toBeUndefined();
  });
});
