import { describe, expect, it } from 'vitest';
import type { TaskAction } from '../../../shared/api/tasks';
import type { TaskStatus } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { actorWith } from '../../testing/actors';
import { canTask, type TaskPermission, type TaskScope, taskAbilities } from './policy';

const actor = actorWith;

const DISTRICT = '/d/';
const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const TOWN_B = '/d/tb/';
// a task of an outcome of township A, owned by a district department, escalated to a district leader
const TASK: TaskScope = { placePath: TOWN_A, ownerId: 'dept', escalatedToId: 'boss' };

const liaisonA = actor('liaisonA', ['liaison', TOWN_A]);
const liaisonD = actor('liaisonD', ['liaison', DISTRICT]);
const liaisonV = actor('liaisonV', ['liaison', VILLAGE_A]);
const liaisonB = actor('liaisonB', ['liaison', TOWN_B]);
const member = actor('member', ['member', TOWN_A]);
const leader = actor('leader', ['leader', DISTRICT]);
const leaderB = actor('leaderB', ['leader', TOWN_B]);
const owner = actor('dept', ['department', DISTRICT]);
const otherDept = actor('dept2', ['department', DISTRICT]);
const boss = actor('boss', ['leader', TOWN_B]); // escalated to, though their role reaches elsewhere
const admin = actor('admin', ['admin', DISTRICT]);
const cppcc = actor('cppcc', ['cppcc', DISTRICT]); // the district CPPCC office
const cppccB = actor('cppccB', ['cppcc', TOWN_B]);

describe('canTask: who × permission', () => {
  const table: [string, Actor, TaskPermission, boolean][] = [
    ['the township liaison reads', liaisonA, 'read', true],
    ['a district liaison reads beneath it', liaisonD, 'read', true],
    ['a village liaison does not reach the township’s task', liaisonV, 'read', false],
    ['another township’s liaison does not read', liaisonB, 'read', false],
    ['a member in reach reads', member, 'read', true],
    ['a leader in reach reads', leader, 'read', true],
    ['the owner reads their own task', owner, 'read', true],
    ['another department does not', otherDept, 'read', false],
    ['the leader escalated to reads it', boss, 'read', true],
    ['a leader elsewhere does not', leaderB, 'read', false],
    ['an administrator does not', admin, 'read', false],
    ['the liaison sets tasks', liaisonA, 'create', true],
    ['a member does not', member, 'create', false],
    ['a leader does not', leader, 'create', false],
    ['the liaison edits', liaisonA, 'edit', true],
    ['the owner does not edit', owner, 'edit', false],
    ['the owner reports progress', owner, 'progress', true],
    ['the liaison records it for them', liaisonA, 'progress', true],
    ['a member does not report', member, 'progress', false],
    ['a leader does not report', leader, 'done', false],
    ['the owner reports cannot', owner, 'cannot', true],
    ['the owner carries over', owner, 'carry_over', true],
    ['the owner ticks the timetable', owner, 'tick', true],
    ['a member does not tick', member, 'tick', false],
    ['the liaison accepts', liaisonA, 'accept', true],
    ['the owner never accepts their own work', owner, 'accept', false],
    ['a leader does not accept', leader, 'accept', false],
    ['the liaison returns', liaisonA, 'return', true],
    ['the liaison reopens', liaisonA, 'reopen', true],
    ['the owner does not reopen', owner, 'reopen', false],
    ['the liaison urges', liaisonA, 'urge', true],
    ['a leader in reach urges', leader, 'urge', true],
    ['a member does not urge', member, 'urge', false],
    ['the owner does not urge', owner, 'urge', false],
    ['the liaison escalates', liaisonA, 'escalate', true],
    ['a leader does not escalate', leader, 'escalate', false],
    ['a leader in reach instructs', leader, 'instruct', true],
    ['the leader escalated to instructs', boss, 'instruct', true],
    ['the liaison does not instruct', liaisonA, 'instruct', false],
    ['the owner uploads', owner, 'upload', true],
    ['a member does not upload', member, 'upload', false],
    ['the liaison exports the 督办单', liaisonA, 'sheet', true],
    ['a leader in reach exports it', leader, 'sheet', true],
    ['the leader escalated to exports it', boss, 'sheet', true],
    ['the owner it presses does not', owner, 'sheet', false],
    ['a member does not', member, 'sheet', false],
    ['another township’s liaison does not', liaisonB, 'sheet', false],
    ['the CPPCC office in reach reads', cppcc, 'read', true],
    ['another township’s CPPCC office does not', cppccB, 'read', false],
    ['the CPPCC office urges', cppcc, 'urge', true],
    ['the CPPCC office escalates', cppcc, 'escalate', true],
    ['the CPPCC office exports the 督办单', cppcc, 'sheet', true],
    ['the CPPCC office does not set tasks', cppcc, 'create', false],
    ['the CPPCC office does not edit', cppcc, 'edit', false],
    ['the CPPCC office does not accept', cppcc, 'accept', false],
    ['the CPPCC office does not report for the owner', cppcc, 'progress', false],
    ['the CPPCC office does not instruct', cppcc, 'instruct', false],
  ];
  it.each(table)('%s', (_name, who, permission, allowed) => {
    expect(canTask(who, permission, TASK)).toBe(allowed);
  });
});

describe('taskAbilities: standing × status', () => {
  const table: [
    string,
    Actor,
    TaskStatus,
    TaskAction[],
    { edit: boolean; tick: boolean; upload: boolean; sheet: boolean },
  ][] = [
    [
      'the liaison on an open task',
      liaisonA,
      'in_progress',
      ['progress', 'done', 'cannot', 'carry_over', 'urge', 'escalate'],
      { edit: true, tick: true, upload: true, sheet: true },
    ],
    [
      'the owner on an open task',
      owner,
      'not_started',
      ['progress', 'done', 'cannot', 'carry_over'],
      { edit: false, tick: true, upload: true, sheet: false },
    ],
    [
      'a leader on an open task',
      leader,
      'in_progress',
      ['urge', 'instruct'],
      { edit: false, tick: false, upload: true, sheet: true },
    ],
    [
      'the CPPCC office on an open task: presses it',
      cppcc,
      'in_progress',
      ['urge', 'escalate'],
      { edit: false, tick: false, upload: true, sheet: true },
    ],
    [
      'the escalated leader on done',
      boss,
      'done',
      ['instruct'],
      { edit: false, tick: false, upload: true, sheet: true },
    ],
    [
      'the liaison on done',
      liaisonA,
      'done',
      ['accept', 'return'],
      { edit: false, tick: false, upload: true, sheet: true },
    ],
    ['the owner on done', owner, 'done', [], { edit: false, tick: false, upload: false, sheet: false }],
    [
      'the liaison on cannot',
      liaisonA,
      'cannot',
      ['accept', 'return'],
      { edit: false, tick: false, upload: true, sheet: true },
    ],
    [
      'the liaison on accepted',
      liaisonA,
      'accepted',
      ['reopen'],
      { edit: false, tick: false, upload: true, sheet: true },
    ],
    ['a leader on accepted', leader, 'accepted', [], { edit: false, tick: false, upload: false, sheet: true }],
    ['a member anywhere', member, 'in_progress', [], { edit: false, tick: false, upload: false, sheet: false }],
    ['the CPPCC office on done', cppcc, 'done', [], { edit: false, tick: false, upload: false, sheet: true }],
  ];
  it.each(table)('%s', (_name, who, status, actions, rest) => {
    const got = taskAbilities(who, { ...TASK, status });
    expect(got).toEqual({
      edit: rest.edit,
      actions,
      upload: rest.upload,
      tickMilestones: rest.tick,
      sheet: rest.sheet,
    });
  });
});
