import { describe, expect, it } from 'vitest';
import type { HandlingAction } from '../../../shared/access/proposals';
import type { Actor } from '../../platform/auth/actor';
import { actorWith } from '../../testing/actors';
import { canAssign, canAssignWriting, type HandlingScope, handlingAbilities, mayHandle } from './policy';
import type { HandlingState } from './rules';

const actor = actorWith;

const TOWN_A = '/d/ta/';
const TOWN_B = '/d/tb/';
const handling = (proposerId: string | null = 'm'): HandlingScope => ({ placePath: TOWN_A, unitId: 'u', proposerId });

describe('canAssign: a liaison in reach of the proposal assigns it (交办)', () => {
  const table: [string, Actor, boolean][] = [
    ['the township’s liaison', actor('l', ['liaison', TOWN_A]), true],
    ['the district’s liaison (CPPCC staff)', actor('l', ['liaison', '/d/']), true],
    ['another township’s liaison', actor('l', ['liaison', TOWN_B]), false],
    ['a village liaison beneath', actor('l', ['liaison', '/d/ta/v/']), false],
    ['a leader', actor('x', ['leader', '/d/']), false],
    ['a member', actor('m', ['member', TOWN_A]), false],
    ['a department', actor('u', ['department', '/d/']), false],
    ['the district’s CPPCC office (提案委)', actor('c', ['cppcc', '/d/']), true],
    ['another township’s CPPCC office', actor('c', ['cppcc', TOWN_B]), false],
  ];
  it.each(table)('%s', (_n, a, allowed) => {
    expect(canAssign(a, { placePath: TOWN_A })).toBe(allowed);
  });
});

describe('canAssignWriting: the CPPCC office in reach assigns a member’s own proposal, never its author', () => {
  const table: [string, Actor, boolean][] = [
    ['the district’s CPPCC office', actor('c', ['cppcc', '/d/']), true],
    ['the township’s CPPCC office', actor('c', ['cppcc', TOWN_A]), true],
    ['another township’s CPPCC office', actor('c', ['cppcc', TOWN_B]), false],
    ['the township’s liaison', actor('l', ['liaison', TOWN_A]), false],
    ['a leader', actor('x', ['leader', '/d/']), false],
    ['a department', actor('u', ['department', '/d/']), false],
    ['its author', actor('m', ['member', TOWN_A]), false],
    ['its author, were they of the office too', actor('m', ['member', TOWN_A], ['cppcc', '/d/']), false],
  ];
  it.each(table)('%s', (_n, a, allowed) => {
    expect(canAssignWriting(a, { placePath: TOWN_A, authorId: 'm' })).toBe(allowed);
  });
});

describe('mayHandle: actor × action × handling, whatever its status', () => {
  const unit = actor('u', ['department', '/d/']);
  const otherUnit = actor('u2', ['department', '/d/']);
  const proposer = actor('m', ['member', TOWN_A]);
  const otherMember = actor('m2', ['member', TOWN_A]);
  const liaison = actor('l', ['liaison', TOWN_A]);
  const farLiaison = actor('l2', ['liaison', TOWN_B]);
  const leader = actor('x', ['leader', '/d/']);
  const table: [string, Actor, HandlingAction, HandlingScope, boolean][] = [
    ['its unit replies', unit, 'reply', handling(), true],
    ['its unit meets the proposer', unit, 'meet', handling(), true],
    ['another unit does not reply', otherUnit, 'reply', handling(), false],
    ['another unit does not meet', otherUnit, 'meet', handling(), false],
    ['a liaison does not reply for the unit', liaison, 'reply', handling(), false],
    ['the unit does not rate itself', unit, 'rate', handling(), false],
    ['the member proposer rates', proposer, 'rate', handling('m'), true],
    ['another member does not rate it', otherMember, 'rate', handling('m'), false],
    ['a liaison does not rate for a proposer with an account', liaison, 'rate', handling('m'), false],
    ['a liaison records it for a proposer without an account', liaison, 'rate', handling(null), true],
    ['a liaison elsewhere does not', farLiaison, 'rate', handling(null), false],
    ['a leader does not rate', leader, 'rate', handling(null), false],
    ['a liaison in reach opens the re-handling', liaison, 'rehandle', handling(), true],
    ['a liaison elsewhere does not', farLiaison, 'rehandle', handling(), false],
    ['the proposer does not', proposer, 'rehandle', handling(), false],
    ['the unit does not', unit, 'rehandle', handling(), false],
  ];
  it.each(table)('%s', (_n, a, action, h, allowed) => {
    expect(mayHandle(a, action, h)).toBe(allowed);
  });
});

describe('handlingAbilities: one’s part, when the status allows it', () => {
  const T = new Date();
  const assigned: HandlingState = { repliedAt: null, metAt: null, satisfaction: null, rehandleCount: 0 };
  const unsatisfied: HandlingState = { repliedAt: T, metAt: T, satisfaction: 'unsatisfied', rehandleCount: 0 };
  const none = { reply: false, meet: false, rate: false, rehandle: false };
  it.each([
    ['the unit, assigned', actor('u', ['department', '/d/']), assigned, { ...none, reply: true }],
    ['the unit, unsatisfied', actor('u', ['department', '/d/']), unsatisfied, none],
    ['the liaison, unsatisfied', actor('l', ['liaison', TOWN_A]), unsatisfied, { ...none, rehandle: true }],
    [
      'the liaison, unsatisfied after a re-handling',
      actor('l', ['liaison', TOWN_A]),
      { ...unsatisfied, rehandleCount: 1 },
      none,
    ],
    ['the proposer, assigned', actor('m', ['member', TOWN_A]), assigned, none],
    [
      'the proposer, met',
      actor('m', ['member', TOWN_A]),
      { ...assigned, repliedAt: T, metAt: T },
      { ...none, rate: true },
    ],
  ] as const)('%s', (_n, a, state, abilities) => {
    expect(handlingAbilities(a, { ...handling('m'), ...state })).toEqual(abilities);
  });
});
