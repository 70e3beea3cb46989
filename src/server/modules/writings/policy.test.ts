import { describe, expect, it } from 'vitest';
import { WRITING_STATUSES, type WritingStatus } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { actorWith } from '../../testing/actors';
import { canReadWriting, canReviewWriting, isWriter, mayTake, type WritingScope, writingAbilities } from './policy';

const actor = actorWith;

const DISTRICT = '/d/';
const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const TOWN_B = '/d/tb/';

const author = actor('author', ['member', TOWN_A]);
const otherMember = actor('otherMember', ['member', TOWN_A]);
const cppccD = actor('cppccD', ['cppcc', DISTRICT]);
const cppccA = actor('cppccA', ['cppcc', TOWN_A]);
const cppccV = actor('cppccV', ['cppcc', VILLAGE_A]);
const cppccB = actor('cppccB', ['cppcc', TOWN_B]);
const leader = actor('leader', ['leader', DISTRICT]);
const leaderB = actor('leaderB', ['leader', TOWN_B]);
const liaisonA = actor('liaisonA', ['liaison', TOWN_A]);
const department = actor('dept', ['department', DISTRICT]);
const recipient = actor('recipient', ['department', TOWN_B]); // elsewhere, yet forwarded it
const admin = actor('admin', ['admin', DISTRICT]);

const writing = (status: WritingStatus, forwardedToIds: string[] = []): WritingScope => ({
  placePath: TOWN_A,
  authorId: 'author',
  status,
  forwardedToIds,
});

describe('canReadWriting: who × status over a writing of township A', () => {
  const table: [string, Actor, WritingStatus, boolean][] = [
    ['the author reads their draft', author, 'draft', true],
    ['the office does not see a draft', cppccD, 'draft', false],
    ['a leader does not see a draft', leader, 'draft', false],
    ['the district office reads a submitted one', cppccD, 'submitted', true],
    ['the township office reads it', cppccA, 'submitted', true],
    ['a village office does not reach the township', cppccV, 'submitted', false],
    ['another township’s office does not read', cppccB, 'submitted', false],
    ['a leader in reach reads', leader, 'adopted', true],
    ['a leader elsewhere does not', leaderB, 'adopted', false],
    ['a liaison in reach reads', liaisonA, 'returned', true],
    ['another member does not read it', otherMember, 'submitted', false],
    ['a department not sent it does not read', department, 'forwarded', false],
    ['an administrator does not read', admin, 'submitted', false],
  ];
  it.each(table)('%s', (_, who, status, allowed) => {
    expect(canReadWriting(who, writing(status))).toBe(allowed);
  });

  it('whoever it was forwarded to reads it, wherever they are', () => {
    expect(canReadWriting(recipient, writing('forwarded', ['recipient']))).toBe(true);
    expect(canReadWriting(recipient, writing('forwarded', ['someone else']))).toBe(false);
  });
});

describe('who takes which step', () => {
  it('the author revises and submits; no one else does', () => {
    for (const who of [otherMember, cppccD, leader, liaisonA])
      for (const action of ['revise', 'submit'] as const) expect(mayTake(who, action, writing('returned'))).toBe(false);
    expect(mayTake(author, 'revise', writing('returned'))).toBe(true);
    expect(mayTake(author, 'submit', writing('draft'))).toBe(true);
  });

  it.each<[string, Actor, boolean]>([
    ['the district office', cppccD, true],
    ['the township office', cppccA, true],
    ['a village office', cppccV, false],
    ['another township’s office', cppccB, false],
    ['a leader', leader, false],
    ['a liaison', liaisonA, false],
    ['the author', author, false],
  ])('%s reviews: %s', (_, who, allowed) => {
    expect(canReviewWriting(who, writing('submitted'))).toBe(allowed);
    for (const action of ['edit', 'return', 'adopt', 'decline', 'forward'] as const)
      expect(mayTake(who, action, writing('submitted'))).toBe(allowed);
  });

  it('an office member who wrote it does not review their own', () => {
    const both = actor('author', ['member', TOWN_A], ['cppcc', DISTRICT]);
    expect(canReviewWriting(both, writing('submitted'))).toBe(false);
    expect(isWriter(both)).toBe(true);
    expect(isWriter(cppccD)).toBe(false);
  });
});

describe('writingAbilities: role and status together', () => {
  const none = {
    revise: false,
    submit: false,
    edit: false,
    return: false,
    adopt: false,
    decline: false,
    forward: false,
  };
  const authorMay: Record<WritingStatus, Partial<typeof none>> = {
    draft: { revise: true, submit: true },
    submitted: {},
    returned: { revise: true, submit: true },
    adopted: {},
    forwarded: {},
    not_adopted: {},
  };
  const officeMay: Record<WritingStatus, Partial<typeof none>> = {
    draft: {},
    submitted: { edit: true, return: true, adopt: true, decline: true },
    returned: {},
    adopted: { edit: true, forward: true },
    forwarded: { forward: true },
    not_adopted: {},
  };
  it.each(WRITING_STATUSES)('%s', (status) => {
    expect(writingAbilities(author, writing(status))).toEqual({ ...none, ...authorMay[status] });
    expect(writingAbilities(cppccD, writing(status))).toEqual({ ...none, ...officeMay[status] });
    expect(writingAbilities(leader, writing(status))).toEqual(none);
    expect(writingAbilities(recipient, writing(status, ['recipient']))).toEqual(none);
  });
});
