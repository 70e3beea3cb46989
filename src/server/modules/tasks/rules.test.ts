import { describe, expect, it } from 'vitest';
import { TASK_ACTIONS, type TaskAction } from '../../../shared/api/tasks';
import { TASK_STATUSES, type TaskStatus } from '../../../shared/enums';
import {
  DUE_SOON_DAYS,
  deadlineIssue,
  type FlagInput,
  isClosed,
  needsNote,
  nextTaskStatus,
  STALLED_DAYS,
  TASK_TRANSITIONS,
  taskFlag,
} from './rules';

describe('the task status machine', () => {
  const table: [TaskStatus, TaskAction, TaskStatus | null][] = [
    ['not_started', 'progress', 'in_progress'], // the first report starts it
    ['in_progress', 'progress', 'in_progress'],
    ['not_started', 'done', 'done'],
    ['in_progress', 'done', 'done'],
    ['in_progress', 'cannot', 'cannot'],
    ['in_progress', 'carry_over', 'carried_over'], // 续办
    ['in_progress', 'accept', null], // nothing to accept before it is reported done
    ['in_progress', 'return', null],
    ['in_progress', 'reopen', null],
    ['not_started', 'urge', 'not_started'], // 催办 keeps the status
    ['in_progress', 'escalate', 'in_progress'], // 督办 too
    ['in_progress', 'instruct', 'in_progress'], // 批示 too
    ['done', 'accept', 'accepted'], // 验收
    ['done', 'return', 'in_progress'], // 退回
    ['done', 'instruct', 'done'], // a leader may still comment on the result
    ['done', 'urge', null], // the unit has answered
    ['done', 'progress', null],
    ['cannot', 'accept', 'accepted'],
    ['cannot', 'return', 'in_progress'],
    ['cannot', 'instruct', null],
    ['carried_over', 'accept', 'accepted'],
    ['carried_over', 'return', 'in_progress'],
    ['accepted', 'reopen', 'in_progress'], // 回头看 found the problem back
    ['accepted', 'progress', null],
    ['accepted', 'urge', null],
    ['accepted', 'instruct', null],
    ['accepted', 'return', null],
  ];
  it.each(table)('%s --%s--> %s', (from, action, to) => {
    expect(nextTaskStatus(from, action)).toBe(to);
  });

  it('lists every status and leads only to statuses', () => {
    expect(Object.keys(TASK_TRANSITIONS).sort()).toEqual([...TASK_STATUSES].sort());
    for (const status of TASK_STATUSES)
      for (const action of TASK_ACTIONS) {
        const to = nextTaskStatus(status, action);
        if (to) expect(TASK_STATUSES).toContain(to);
      }
  });

  it('urges, escalates and instructs only what is still being worked on (instruct also on done)', () => {
    const where = (a: TaskAction) => TASK_STATUSES.filter((s) => nextTaskStatus(s, a) !== null);
    expect(where('urge')).toEqual(['not_started', 'in_progress']);
    expect(where('escalate')).toEqual(['not_started', 'in_progress']);
    expect(where('instruct')).toEqual(['not_started', 'in_progress', 'done']);
  });

  it('wants the person’s words for all but accept and done', () => {
    expect(TASK_ACTIONS.filter((a) => !needsNote(a))).toEqual(['done', 'accept']);
  });

  it('closes accepted and carried-over tasks', () => {
    expect(TASK_STATUSES.filter(isClosed)).toEqual(['accepted', 'carried_over']);
  });
});

describe('deadlineIssue: reopening takes a new deadline, no other step one', () => {
  const NOW = new Date('2026-06-15T08:00:00Z');
  const at = (ms: number) => new Date(NOW.getTime() + ms);
  it.each<[string, TaskAction, Date | undefined, string | undefined]>([
    ['reopened with a deadline in 30 days', 'reopen', at(30 * 86_400_000), undefined],
    ['reopened due a millisecond from now', 'reopen', at(1), undefined],
    ['reopened without one', 'reopen', undefined, 'required'],
    ['reopened due right now', 'reopen', NOW, 'not_in_past'],
    ['reopened due yesterday', 'reopen', at(-86_400_000), 'not_in_past'],
    ['a progress report without one', 'progress', undefined, undefined],
    ['an urge with one', 'urge', at(86_400_000), 'invalid_value'],
    ['a return with one', 'return', at(86_400_000), 'invalid_value'],
  ])('%s', (_, action, dueAt, key) => {
    const issue = deadlineIssue(action, dueAt, NOW);
    expect(issue?.key).toBe(key);
    if (issue) expect(issue.path).toBe('dueAt');
  });
});

describe('taskFlag: the board’s colours and reasons', () => {
  const NOW = new Date('2026-06-15T08:00:00Z');
  const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
  const task = (over: Partial<FlagInput> = {}): FlagInput => ({
    status: 'in_progress',
    dueAt: days(30),
    createdAt: days(-3),
    lastProgressAt: null,
    awaitsAnswer: false,
    escalatedToId: null,
    ...over,
  });
  const table: [string, Partial<FlagInput>, string, string[]][] = [
    ['on track', {}, 'green', []],
    ['overdue', { dueAt: days(-1) }, 'red', ['overdue']],
    ['a second past its deadline', { dueAt: new Date(NOW.getTime() - 1000) }, 'red', ['overdue']],
    ['due exactly now is not yet overdue', { dueAt: NOW }, 'yellow', ['due_soon']],
    ['due within the week', { dueAt: days(DUE_SOON_DAYS) }, 'yellow', ['due_soon']],
    ['due just after the week', { dueAt: days(DUE_SOON_DAYS + 0.01) }, 'green', []],
    ['no report since creation for two weeks', { createdAt: days(-STALLED_DAYS) }, 'yellow', ['stalled']],
    ['a recent report unstalls it', { createdAt: days(-40), lastProgressAt: days(-STALLED_DAYS + 1) }, 'green', []],
    ['stalled since the last report', { lastProgressAt: days(-20), createdAt: days(-40) }, 'yellow', ['stalled']],
    ['urged and not answered', { awaitsAnswer: true }, 'yellow', ['urged']],
    ['escalated alone is a reason, not a colour', { escalatedToId: 'x' }, 'green', ['escalated']],
    [
      'everything at once, red wins',
      { dueAt: days(-2), createdAt: days(-30), awaitsAnswer: true, escalatedToId: 'x' },
      'red',
      ['overdue', 'stalled', 'urged', 'escalated'],
    ],
    ['not started counts the same', { status: 'not_started', dueAt: days(-1) }, 'red', ['overdue']],
    ['reported done waits on the liaison, not the clock', { status: 'done', dueAt: days(-5) }, 'green', []],
    ['cannot waits on the liaison too', { status: 'cannot', dueAt: days(-5), awaitsAnswer: true }, 'green', []],
    ['accepted is closed', { status: 'accepted', dueAt: days(-5), escalatedToId: 'x' }, 'green', []],
    ['carried over is closed', { status: 'carried_over', dueAt: days(-5) }, 'green', []],
  ];
  it.each(table)('%s', (_name, over, flag, reasons) => {
    expect(taskFlag(task(over), NOW)).toEqual({ flag, reasons });
  });
});
