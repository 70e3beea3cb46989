import { describe, expect, it } from 'vitest';
import {
  isLastTopAdmin,
  isLocked,
  isOverLimit,
  mailStartAfter,
  minutesLeft,
  needsChallenge,
  passwordProblem,
  reachedLimit,
  SIGN_IN_LIMITS,
  throttleKeys,
} from './rules';

const T0 = new Date('2025-03-01T08:00:00Z');
const at = (minutes: number, seconds = 0) => new Date(T0.getTime() + minutes * 60_000 + seconds * 1000);

describe('passwordProblem', () => {
  it.each([
    ['abcdefghi1', undefined], // exactly 10, letters and a digit
    ['Shangliang2025', undefined],
    ['with space 12', undefined],
    ['abcdefgh1', 'password_too_short'], // 9 characters
    ['', 'password_too_short'],
    ['abcdefghij', 'password_letters_digits'], // no digit
    ['1234567890', 'password_letters_digits'], // no letter
    ['!!!!!!!!!!1', 'password_letters_digits'],
    ['password123', 'password_common'], // on the common-password list …
    ['PassWord123', 'password_common'], // … whatever the case
    ['1qaz2wsx3edc', 'password_common'],
    ['shangliang2026', 'password_demo'], // the demo accounts' published password
    ['ShangLiang2026', 'password_demo'],
  ])('%j → %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });
});

describe('isLastTopAdmin', () => {
  const top = '/d/';
  it.each([
    ['the only admin of a top-level place', 'admin', top, 1, true],
    ['one of two admins there', 'admin', top, 2, false],
    ['an admin below the top', 'admin', '/d/t/', 1, false],
    ['a leader at the top', 'leader', top, 0, false],
  ])('%s → %s', (_, role, placePath, activeAdmins, last) => {
    expect(isLastTopAdmin({ role, placePath }, activeAdmins)).toBe(last);
  });
});

describe('throttleKeys', () => {
  it('keys usernames case-insensitively and addresses as they are', () => {
    expect(throttleKeys('Alice.W', '10.0.0.1')).toEqual({
      user: 'user:alice.w',
      pair: 'pair:alice.w 10.0.0.1',
      ip: 'ip:10.0.0.1',
    });
  });
});

describe('which attempt is checked, which locks, which is refused', () => {
  it.each([
    ['pair', 1, false, false],
    ['pair', 4, false, false],
    ['pair', 5, false, true], // the fifth from an address is still checked; wrong, it locks that address out
    ['pair', 6, true, false], // the sixth is refused unchecked
    ['ip', 29, false, false],
    ['ip', 30, false, true],
    ['ip', 31, true, false],
  ] as const)('%s attempt #%i → refused %s, reaches the limit %s', (kind, count, over, reached) => {
    expect(isOverLimit(kind, count)).toBe(over);
    expect(reachedLimit(kind, count)).toBe(reached);
  });

  it.each([
    [1, false],
    [3, false],
    [4, true], // from the fourth attempt at a username, from anywhere, on
  ])('attempt #%i at a username needs the image challenge: %s', (count, needed) => {
    expect(needsChallenge(count)).toBe(needed);
  });
});

describe('minutesLeft', () => {
  const pair = SIGN_IN_LIMITS.pair;
  const ip = SIGN_IN_LIMITS.ip;

  it.each([
    ['no attempts yet', 'pair', undefined, T0, 0],
    ['one below the limit', 'pair', { failures: pair - 1, windowStartedAt: T0 }, at(1), 0],
    ['at the limit, right away', 'pair', { failures: pair, windowStartedAt: T0 }, T0, 15],
    ['at the limit, 5 minutes in', 'pair', { failures: pair, windowStartedAt: T0 }, at(5), 10],
    ['half a minute before the end rounds up', 'pair', { failures: pair, windowStartedAt: T0 }, at(14, 30), 1],
    ['once the window ended', 'pair', { failures: pair + 3, windowStartedAt: T0 }, at(15), 0],
    ['five at an address is nothing', 'ip', { failures: pair, windowStartedAt: T0 }, at(1), 0],
    ['over the address limit', 'ip', { failures: ip + 10, windowStartedAt: T0 }, at(3), 12],
    ['over the address limit, long after', 'ip', { failures: ip + 10, windowStartedAt: T0 }, at(90), 0],
  ] as const)('%s → %i', (_, kind, state, now, minutes) => {
    expect(minutesLeft(kind, state, now)).toBe(minutes);
  });
});

describe('isLocked', () => {
  it('is locked while the latest lock lasts', () => {
    expect(isLocked(null, T0)).toBe(false);
    expect(isLocked(T0, at(14, 59))).toBe(true);
    expect(isLocked(T0, at(15))).toBe(false);
  });
});

describe('mailStartAfter: from when notices are mailed', () => {
  const then = new Date('2026-06-01T00:00:00.000Z');
  const now = new Date('2026-07-01T00:00:00.000Z');
  const was = (email: string | null, emailNotices: 'off' | 'each' | 'daily', since: Date | null = then) => ({
    email,
    emailNotices,
    emailNoticesSince: since,
  });
  it.each([
    ['a first address', was(null, 'each', null), { email: 'a@x.cn', emailNotices: 'each' }, now],
    ['another address', was('a@x.cn', 'each'), { email: 'b@x.cn', emailNotices: 'each' }, now],
    ['mail turned back on', was('a@x.cn', 'off'), { email: 'a@x.cn', emailNotices: 'daily' }, now],
    ['each → daily', was('a@x.cn', 'each'), { email: 'a@x.cn', emailNotices: 'daily' }, then],
    ['the same again', was('a@x.cn', 'daily'), { email: 'a@x.cn', emailNotices: 'daily' }, then],
    ['turned off', was('a@x.cn', 'each'), { email: 'a@x.cn', emailNotices: 'off' }, then],
    ['address taken away', was('a@x.cn', 'each'), { email: null, emailNotices: 'each' }, then],
    ['an address while off', was(null, 'off', null), { email: 'a@x.cn', emailNotices: 'off' }, null],
  ] as const)('%s', (_, before, after, since) => {
    expect(mailStartAfter(before, after, now)).toEqual(since);
  });
});
