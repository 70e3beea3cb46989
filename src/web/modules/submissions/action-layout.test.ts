import { describe, expect, it } from 'vitest';
import { actionLayout } from './action-layout';
import { STAFF_ACTIONS } from './staff-actions';

const ALL = [...STAFF_ACTIONS];

describe('actionLayout: the primary step follows the status', () => {
  it.each([
    // status, allowed, replied already, primary, beside, in 更多
    [
      'received',
      ALL,
      false,
      { kind: 'sort', targets: ['to_grid', 'to_community', 'to_township', 'to_department'] },
      ['reply'],
      ['merge', 'decline', 'solve'],
    ],
    ['received', ['to_department', 'decline'], false, { kind: 'sort', targets: ['to_department'] }, [], ['decline']],
    [
      'community',
      ALL,
      false,
      { kind: 'step', action: 'reply' },
      ['solve'],
      ['to_grid', 'to_community', 'to_township', 'to_department', 'merge', 'decline'],
    ],
    [
      'department',
      ALL,
      true,
      { kind: 'step', action: 'solve' },
      ['reply'],
      ['to_grid', 'to_community', 'to_township', 'to_department', 'merge', 'decline'],
    ],
    ['grid', ['reply'], true, null, ['reply'], []],
    ['solved', ['reply'], true, null, ['reply'], []],
    ['declined', [], false, null, [], []],
  ] as const)('%s with %j (replied: %s)', (status, allowed, hasReply, primary, beside, more) => {
    expect(actionLayout(status, allowed, hasReply)).toEqual({ primary, beside, more });
  });

  it('never offers 办结 as the primary step of an item waiting to be sorted', () => {
    const layout = actionLayout('received', ALL, false);
    expect(layout.primary).toMatchObject({ kind: 'sort' });
    expect(layout.beside).not.toContain('solve');
  });
});
