import { describe, expect, it } from 'vitest';
import { needsConfirm, needsNote, planActions, primaryAction, takesFiles } from './action-plan';
import type { TaskAction, TaskDetail } from './types';

type Task = Parameters<typeof planActions>[0];
const ME = 'me';
const task = (actions: TaskAction[], over: Partial<Omit<Task, 'abilities'>> = {}): Task => ({
  status: 'in_progress',
  flag: 'green',
  awaitsAnswer: false,
  milestoneCount: 0,
  milestonesDone: 0,
  escalatedTo: null,
  owner: { id: ME, displayName: '区农业农村局' },
  abilities: { actions },
  ...over,
});
const leader = (id: string): TaskDetail['escalatedTo'] => ({ id, displayName: '张区长' });

describe('primaryAction: the step the viewer most likely came for', () => {
  it.each<[string, Task, TaskAction | undefined]>([
    [
      'the owner of a task in progress reports progress',
      task(['progress', 'done', 'cannot', 'carry_over']),
      'progress',
    ],
    [
      'the owner reports done once every milestone is ticked',
      task(['progress', 'done'], { milestoneCount: 3, milestonesDone: 3 }),
      'done',
    ],
    [
      'but answers an urge with progress first',
      task(['progress', 'done'], { milestoneCount: 3, milestonesDone: 3, awaitsAnswer: true }),
      'progress',
    ],
    [
      'with milestones left, progress',
      task(['progress', 'done'], { milestoneCount: 3, milestonesDone: 2 }),
      'progress',
    ],
    ['the liaison on a task reported done accepts it', task(['accept', 'return'], { status: 'done' }), 'accept'],
    ['and on one reported not feasible', task(['accept', 'return'], { status: 'cannot' }), 'accept'],
    [
      'the leader it was escalated to writes 批示, even on a red task',
      task(['urge', 'instruct'], { flag: 'red', escalatedTo: leader(ME) }),
      'instruct',
    ],
    ['a leader who may only write 批示 does', task(['instruct']), 'instruct'],
    [
      'another leader in reach urges a red task',
      task(['urge', 'instruct'], { flag: 'red', escalatedTo: leader('other') }),
      'urge',
    ],
    ['the liaison urges a yellow task', task(['urge', 'escalate'], { flag: 'yellow' }), 'urge'],
    [
      'the liaison, who may also record a report for the unit, urges a red task',
      task(['progress', 'done', 'urge', 'escalate'], {
        flag: 'red',
        owner: { id: 'unit', displayName: '区农业农村局' },
      }),
      'urge',
    ],
    [
      'and takes no report as the step they came for on a green one',
      task(['progress', 'done', 'urge', 'escalate'], { owner: { id: 'unit', displayName: '区农业农村局' } }),
      undefined,
    ],
    ['nothing stands out on a green task', task(['urge', 'escalate'], { flag: 'green' }), undefined],
    ['an accepted task waits for a revisit', task(['reopen'], { status: 'accepted' }), undefined],
    ['one who may do nothing has no primary', task([]), undefined],
  ])('%s', (_, t, primary) => {
    expect(primaryAction(t, { id: ME })).toBe(primary);
  });
});

describe('planActions', () => {
  it('shows the primary, then the common steps, with the rare ones under 更多', () => {
    expect(planActions(task(['progress', 'done', 'cannot', 'carry_over']), { id: ME })).toEqual({
      primary: 'progress',
      buttons: ['done'],
      more: ['cannot', 'carry_over'],
    });
  });

  it('lists every allowed action exactly once', () => {
    const all: TaskAction[] = ['urge', 'escalate', 'instruct', 'reopen', 'return'];
    const plan = planActions(task(all, { flag: 'red' }), { id: ME });
    expect([plan.primary, ...plan.buttons, ...plan.more].sort()).toEqual([...all].sort());
  });

  it('does not hide the only thing one can do behind a menu', () => {
    expect(planActions(task(['reopen'], { status: 'accepted' }), { id: ME })).toEqual({
      buttons: ['reopen'],
      more: [],
    });
  });

  it('offers nothing when the server allows nothing', () => {
    expect(planActions(task([]), { id: ME })).toEqual({ primary: undefined, buttons: [], more: [] });
  });
});

describe('what each action asks for', () => {
  it('asks a note of all but accept and done', () => {
    expect(['accept', 'done', 'progress', 'urge', 'return'].filter((a) => needsNote(a as TaskAction))).toEqual([
      'progress',
      'urge',
      'return',
    ]);
  });
  it('asks again before return, cannot and carry over', () => {
    expect(['return', 'cannot', 'carry_over', 'accept', 'urge'].filter((a) => needsConfirm(a as TaskAction))).toEqual([
      'return',
      'cannot',
      'carry_over',
    ]);
  });
  it('takes photos and files with progress and done reports', () => {
    expect(['progress', 'done', 'urge', 'instruct'].filter((a) => takesFiles(a as TaskAction))).toEqual([
      'progress',
      'done',
    ]);
  });
});
