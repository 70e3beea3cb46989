import { describe, expect, it } from 'vitest';
import { HANDLING_ACTIONS, HANDLING_STATUSES, type HandlingAction } from '../../../shared/access/proposals';
import type { Satisfaction } from '../../../shared/enums';
import {
  type HandlingState,
  handlingStatusOf,
  MAX_REHANDLES,
  monthsLater,
  nextHandlingStatus,
  refusalOf,
  shanghaiYear,
} from './rules';

const T = new Date('2026-03-01T02:00:00Z');
const assigned: HandlingState = { repliedAt: null, metAt: null, satisfaction: null, rehandleCount: 0 };
const replied = { ...assigned, repliedAt: T };
const met = { ...replied, metAt: T };
const rated = (satisfaction: Satisfaction, rehandleCount = 0) => ({ ...met, satisfaction, rehandleCount });

describe('handlingStatusOf: the columns say the status', () => {
  it.each([
    ['assigned', assigned],
    ['replied', replied],
    ['met', met],
    ['rated', rated('basically_satisfied')],
  ] as const)('%s', (status, h) => {
    expect(handlingStatusOf(h)).toBe(status);
  });
});

describe('the status machine: status × action → next status, or the 409 code', () => {
  const table: [string, HandlingState, HandlingAction, string | null, string | null][] = [
    // name, state, action → next, refusal
    ['the unit replies to an assigned handling', assigned, 'reply', 'replied', null],
    ['no meeting before the reply', assigned, 'meet', null, 'handling_not_replied'],
    ['no rating before the reply', assigned, 'rate', null, 'handling_not_met'],
    ['no re-handling of an open handling', assigned, 'rehandle', null, 'handling_not_unsatisfied'],
    ['a reply is given once', replied, 'reply', null, 'handling_step_done'],
    ['the unit meets the proposer after replying', replied, 'meet', 'met', null],
    ['no rating before the meeting', replied, 'rate', null, 'handling_not_met'],
    ['a meeting is recorded once', met, 'meet', null, 'handling_step_done'],
    ['the proposer rates after the meeting', met, 'rate', 'rated', null],
    ['a rating is given once', rated('satisfied'), 'rate', null, 'handling_step_done'],
    ['no reply after the rating', rated('unsatisfied'), 'reply', null, 'handling_step_done'],
    ['不满意 opens one re-handling', rated('unsatisfied'), 'rehandle', 'assigned', null],
    ['满意 is not handled again', rated('satisfied'), 'rehandle', null, 'handling_not_unsatisfied'],
    ['基本满意 is not handled again', rated('basically_satisfied'), 'rehandle', null, 'handling_not_unsatisfied'],
    ['a second 不满意 is final', rated('unsatisfied', 1), 'rehandle', null, 'handling_rehandle_used'],
    ['the re-handling replies again', { ...assigned, rehandleCount: 1 }, 'reply', 'replied', null],
  ];
  it.each(table)('%s', (_n, h, action, next, refusal) => {
    expect(nextHandlingStatus(h, action)).toBe(next);
    expect(refusalOf(h, action)).toBe(refusal);
  });

  it('every status allows exactly one step, and each refusal has a code', () => {
    const states = [assigned, replied, met, rated('unsatisfied')];
    for (const [i, h] of states.entries()) {
      expect(handlingStatusOf(h)).toBe(HANDLING_STATUSES[i]);
      const allowed = HANDLING_ACTIONS.filter((a) => refusalOf(h, a) === null);
      expect(allowed).toHaveLength(1);
    }
    expect(MAX_REHANDLES).toBe(1);
  });
});

describe('dates', () => {
  it('counts a handling in the year of Asia/Shanghai', () => {
    expect(shanghaiYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(shanghaiYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027); // midnight in Shanghai
  });

  it('is due three calendar months on, the same clock time, the month’s last day when it is shorter', () => {
    expect(monthsLater(new Date('2026-03-10T06:30:00Z')).toISOString()).toBe('2026-06-10T06:30:00.000Z');
    // 30 November in Shanghai → 28 February
    expect(monthsLater(new Date('2026-11-30T04:00:00Z')).toISOString()).toBe('2027-02-28T04:00:00.000Z');
    // 31 December 01:00 in Shanghai (still the 30th in UTC) → 31 March
    expect(monthsLater(new Date('2026-12-30T17:00:00Z')).toISOString()).toBe('2027-03-30T17:00:00.000Z');
    expect(monthsLater(new Date('2026-01-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
});
