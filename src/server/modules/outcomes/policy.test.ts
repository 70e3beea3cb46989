import { describe, expect, it } from 'vitest';
import type { OutcomeStatus } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { actorWith } from '../../testing/actors';
import { canInstruct, canOutcome, canReply, type OutcomePermission, outcomeAbilities } from './policy';

const actor = actorWith;

const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const TOWN_B = '/d/tb/';
const at = (placePath: string, isRecipient = false) => ({ placePath, isRecipient });

describe('canOutcome: role × place × permission', () => {
  const table: [string, Actor, OutcomePermission, ReturnType<typeof at>, boolean][] = [
    ['township liaison manages its outcome', actor('l', ['liaison', TOWN_A]), 'manage', at(TOWN_A), true],
    [
      'township liaison manages a village outcome beneath',
      actor('l', ['liaison', TOWN_A]),
      'manage',
      at(VILLAGE_A),
      true,
    ],
    ['village liaison cannot manage the township’s', actor('l', ['liaison', VILLAGE_A]), 'manage', at(TOWN_A), false],
    ['liaison of another township cannot read', actor('l', ['liaison', TOWN_B]), 'read', at(TOWN_A), false],
    ['member reads', actor('m', ['member', TOWN_A]), 'read', at(TOWN_A), true],
    ['member cannot send', actor('m', ['member', TOWN_A]), 'manage', at(TOWN_A), false],
    ['district leader reads', actor('x', ['leader', '/d/']), 'read', at(VILLAGE_A), true],
    ['leader does not manage', actor('x', ['leader', '/d/']), 'manage', at(TOWN_A), false],
    ['department reads nothing by reach', actor('dep', ['department', '/d/']), 'read', at(TOWN_A), false],
    ['department reads what was sent to it', actor('dep', ['department', '/d/']), 'read', at(TOWN_A, true), true],
    ['a recipient does not manage', actor('dep', ['department', '/d/']), 'manage', at(TOWN_A, true), false],
    ['admin reads nothing', actor('a', ['admin', '/d/']), 'read', at(TOWN_A), false],
    ['the CPPCC office manages in reach', actor('c', ['cppcc', '/d/']), 'manage', at(VILLAGE_A), true],
    ['the CPPCC office of another township', actor('c', ['cppcc', TOWN_B]), 'read', at(TOWN_A), false],
    ['the liaison carries it out (sets tasks)', actor('l', ['liaison', TOWN_A]), 'carry_out', at(TOWN_A), true],
    ['the CPPCC office presses, does not set tasks', actor('c', ['cppcc', '/d/']), 'carry_out', at(TOWN_A), false],
  ];
  it.each(table)('%s', (_n, a, permission, o, allowed) => {
    expect(canOutcome(a, permission, o)).toBe(allowed);
  });
});

describe('replies and instructions', () => {
  const table: [string, Actor, boolean, boolean, boolean][] = [
    // name, actor, isRecipient → may reply, may instruct
    ['a leader recipient replies and instructs', actor('x', ['leader', '/d/']), true, true, true],
    ['a department recipient replies, never instructs', actor('dep', ['department', '/d/']), true, true, false],
    [
      'a department recipient who leads another district replies, never instructs',
      actor('dep', ['department', '/d/'], ['leader', '/other/']),
      true,
      true,
      false,
    ],
    ['a leader not sent it does neither', actor('x', ['leader', '/d/']), false, false, false],
    ['a liaison does neither', actor('l', ['liaison', TOWN_A]), false, false, false],
  ];
  it.each(table)('%s', (_n, a, isRecipient, reply, instruct) => {
    expect(canReply(at(TOWN_A, isRecipient))).toBe(reply);
    expect(canInstruct(a, at(TOWN_A, isRecipient))).toBe(instruct);
  });
});

describe('outcomeAbilities', () => {
  const liaison = actor('l', ['liaison', TOWN_A]);
  const leader = actor('x', ['leader', '/d/']);
  const table: [string, Actor, OutcomeStatus, boolean, ReturnType<typeof outcomeAbilities>][] = [
    [
      'liaison edits and sends a draft',
      liaison,
      'draft',
      false,
      { edit: true, send: true, reply: false, instruct: false, createTasks: false },
    ],
    [
      'liaison sends more once sent, but not edits',
      liaison,
      'sent',
      false,
      { edit: false, send: true, reply: false, instruct: false, createTasks: true },
    ],
    [
      'the CPPCC office edits and sends a draft',
      actor('c', ['cppcc', '/d/']),
      'draft',
      false,
      { edit: true, send: true, reply: false, instruct: false, createTasks: false },
    ],
    [
      'the CPPCC office sends more once sent; the liaison sets the tasks',
      actor('c', ['cppcc', '/d/']),
      'sent',
      false,
      { edit: false, send: true, reply: false, instruct: false, createTasks: false },
    ],
    [
      'leader recipient replies and instructs',
      leader,
      'sent',
      true,
      { edit: false, send: false, reply: true, instruct: true, createTasks: false },
    ],
    [
      'nothing to answer on a draft',
      leader,
      'draft',
      true,
      { edit: false, send: false, reply: false, instruct: false, createTasks: false },
    ],
    [
      'answered: still replies (amends) and instructs',
      leader,
      'answered',
      true,
      { edit: false, send: false, reply: true, instruct: true, createTasks: false },
    ],
    [
      'liaison sets tasks on an answered outcome',
      liaison,
      'answered',
      false,
      { edit: false, send: true, reply: false, instruct: false, createTasks: true },
    ],
    [
      'carrying out: more tasks, no more recipients',
      liaison,
      'carrying_out',
      false,
      { edit: false, send: false, reply: false, instruct: false, createTasks: true },
    ],
    [
      'carried out: a new task takes it back to carrying out',
      liaison,
      'carried_out',
      false,
      { edit: false, send: false, reply: false, instruct: false, createTasks: true },
    ],
    [
      'a leader recipient never sets tasks',
      leader,
      'carrying_out',
      true,
      { edit: false, send: false, reply: true, instruct: true, createTasks: false },
    ],
  ];
  it.each(table)('%s', (_n, a, status, isRecipient, abilities) => {
    expect(outcomeAbilities(a, { placePath: TOWN_A, isRecipient, status })).toEqual(abilities);
  });
});
