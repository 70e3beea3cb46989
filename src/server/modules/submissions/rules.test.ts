import { describe, expect, it } from 'vitest';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '../../../shared/enums';
import {
  ALLOWED_ACTIONS,
  DEFAULT_DEADLINE_DAYS,
  dueAtFor,
  eventParams,
  isAllowed,
  isOverdue,
  MOBILE_RE,
  maskPhone,
  NEXT_STATUS,
  restartedDueAt,
  type SubmissionAction,
  trackingCode,
} from './rules';

describe('the submission state machine', () => {
  const table: [SubmissionStatus, SubmissionAction, boolean][] = [
    ['received', 'to_grid', true],
    ['received', 'to_community', true],
    ['received', 'to_township', true],
    ['received', 'to_department', true],
    ['received', 'merge', true],
    ['received', 'decline', true],
    ['received', 'reopen', false],
    ['grid', 'to_grid', false], // not again to its own level
    ['grid', 'to_community', true], // the grid could not solve it: up to the community council
    ['community', 'to_township', true],
    ['township', 'solve', true],
    ['department', 'reply', true],
    ['department', 'to_department', false],
    ['solved', 'reopen', true],
    ['solved', 'to_grid', false],
    ['solved', 'solve', false],
    ['solved', 'reply', true],
    ['merged', 'reply', false],
    ['merged', 'reopen', false],
    ['declined', 'to_grid', false],
    ['declined', 'reply', true],
  ];
  it.each(table)('%s + %s → %s', (status, action, allowed) => {
    expect(isAllowed(status, action)).toBe(allowed);
  });

  it('leads every allowed action to a status that exists', () => {
    for (const status of SUBMISSION_STATUSES) {
      for (const action of ALLOWED_ACTIONS[status]) {
        const next = NEXT_STATUS[action] ?? status;
        expect(SUBMISSION_STATUSES).toContain(next);
      }
    }
  });

  it('sends a reopened item back to be sorted, and ends merged items for good', () => {
    expect(NEXT_STATUS.reopen).toBe('received');
    expect(ALLOWED_ACTIONS.merged).toEqual([]);
  });
});

describe('deadlines', () => {
  const t0 = new Date('2026-01-01T00:00:00Z');
  it('gives each level its days, and none once solved', () => {
    expect(dueAtFor('grid', t0, DEFAULT_DEADLINE_DAYS)?.toISOString()).toBe('2026-01-04T00:00:00.000Z');
    expect(dueAtFor('township', t0, { ...DEFAULT_DEADLINE_DAYS, township: 30 })?.toISOString()).toBe(
      '2026-01-31T00:00:00.000Z',
    );
    expect(dueAtFor('solved', t0, DEFAULT_DEADLINE_DAYS)).toBeNull();
  });
  it('is overdue only after the due time', () => {
    expect(isOverdue(t0, new Date('2026-01-01T00:00:01Z'))).toBe(true);
    expect(isOverdue(t0, t0)).toBe(false);
    expect(isOverdue(null, t0)).toBe(false);
  });
  it('is never overdue while its clock is stopped (议题审议中)', () => {
    expect(isOverdue(t0, new Date('2026-02-01T00:00:00Z'), new Date('2026-01-02T00:00:00Z'))).toBe(false);
    expect(isOverdue(t0, new Date('2026-02-01T00:00:00Z'), null)).toBe(true);
  });
  it('moves the deadline on by the time the clock stood still', () => {
    const due = new Date('2026-01-10T00:00:00Z');
    const stopped = new Date('2026-01-05T00:00:00Z');
    expect(restartedDueAt(due, stopped, new Date('2026-01-25T12:00:00Z'))?.toISOString()).toBe(
      '2026-01-30T12:00:00.000Z',
    );
    // stopped after the deadline had passed: still the time it stood still, no more
    expect(restartedDueAt(due, new Date('2026-01-12T00:00:00Z'), new Date('2026-01-14T00:00:00Z'))?.toISOString()).toBe(
      '2026-01-12T00:00:00.000Z',
    );
    expect(restartedDueAt(due, null, new Date('2026-01-25T00:00:00Z'))).toBe(due);
    expect(restartedDueAt(null, stopped, new Date('2026-01-25T00:00:00Z'))).toBeNull();
  });
});

describe('the words a timeline step carries', () => {
  it('gives an outcome carried out its code and title, and nothing of other steps’ data', () => {
    const data = { outcomeCode: 'CG-2026-0001', outcomeTitle: '关于停车的约定', outcomeId: 'x' };
    expect(eventParams('outcome_carried_out', data)).toEqual({
      outcomeCode: 'CG-2026-0001',
      outcomeTitle: '关于停车的约定',
    });
    expect(eventParams('to_department', { departmentId: 'd', placeId: 'p' })).toBeNull();
    expect(eventParams('outcome_carried_out', null)).toBeNull();
    expect(eventParams('outcome_carried_out', { outcomeCode: 7 })).toEqual({ outcomeCode: '', outcomeTitle: '' });
  });
});

describe('personal information', () => {
  it.each([
    ['13812345678', true],
    ['19912345678', true],
    ['12812345678', false],
    ['1381234567', false],
    ['138123456789', false],
    ['+8613812345678', false],
  ])('mobile %s valid: %s', (phone, ok) => {
    expect(MOBILE_RE.test(phone)).toBe(ok);
  });
  it('masks all but the first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});

describe('tracking codes', () => {
  it('are 12 readable characters without 0/O/1/I/L', () => {
    for (let i = 0; i < 200; i++) {
      expect(trackingCode((n) => crypto.getRandomValues(new Uint8Array(n)))).toMatch(/^[A-HJKMNP-Z2-9]{12}$/);
    }
  });
  it('skips biased bytes rather than folding them', () => {
    // bytes ≥ 248 would favour the first letters; they are dropped and more are drawn
    let calls = 0;
    const code = trackingCode((n) => {
      calls++;
      return new Uint8Array(n).fill(calls === 1 ? 255 : 0);
    });
    expect(code).toBe('AAAAAAAAAAAA');
    expect(calls).toBe(2);
  });
});
