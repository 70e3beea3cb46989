import { describe, expect, it } from 'vitest';
import { WRITING_ACTIONS, type WritingAction } from '../../../shared/access/writings';
import { WRITING_STATUSES, type WritingStatus } from '../../../shared/enums';
import { nextWritingStatus, WRITING_TRANSITIONS } from './rules';

describe('nextWritingStatus: status × action → status, or null (409)', () => {
  const allowed: [WritingStatus, WritingAction, WritingStatus][] = [
    ['draft', 'revise', 'draft'],
    ['draft', 'submit', 'submitted'],
    ['submitted', 'edit', 'submitted'],
    ['submitted', 'return', 'returned'],
    ['submitted', 'adopt', 'adopted'],
    ['submitted', 'decline', 'not_adopted'],
    ['returned', 'revise', 'returned'],
    ['returned', 'submit', 'submitted'],
    ['adopted', 'edit', 'adopted'],
    ['adopted', 'forward', 'forwarded'],
    ['forwarded', 'forward', 'forwarded'],
  ];
  it.each(allowed)('%s —%s→ %s', (from, action, to) => {
    expect(nextWritingStatus(from, action)).toBe(to);
  });

  it('refuses every other pair', () => {
    const listed = new Set(allowed.map(([from, action]) => `${from}:${action}`));
    for (const from of WRITING_STATUSES)
      for (const action of WRITING_ACTIONS)
        if (!listed.has(`${from}:${action}`)) expect(nextWritingStatus(from, action), `${from}:${action}`).toBeNull();
  });

  it('has a row for every status; 未采用 is final', () => {
    expect(Object.keys(WRITING_TRANSITIONS).sort()).toEqual([...WRITING_STATUSES].sort());
    expect(WRITING_TRANSITIONS.not_adopted).toEqual({});
  });

  it('never goes back to a draft, and only the author’s steps leave a return', () => {
    for (const from of WRITING_STATUSES)
      for (const action of WRITING_ACTIONS)
        if (from !== 'draft') expect(nextWritingStatus(from, action)).not.toBe('draft');
    expect(Object.keys(WRITING_TRANSITIONS.returned).sort()).toEqual(['revise', 'submit']);
  });
});
