import { describe, expect, it } from 'vitest';
import { ipWaitMinutes, isStrongPassword, lockMinutesLeft, SIGN_IN_LIMITS } from './rules';

const T0 = new Date('2025-03-01T08:00:00Z');
const at = (minutes: number, seconds = 0) => new Date(T0.getTime() + minutes * 60_000 + seconds * 1000);

describe('isStrongPassword', () => {
  it.each([
    ['abcdefghi1', true], // exactly 10, letters and a digit
    ['Shangliang2025', true],
    ['with space 12', true],
    ['abcdefgh1', false], // 9 characters
    ['abcdefghij', false], // no digit
    ['1234567890', false], // no letter
    ['!!!!!!!!!!1', false], // no letter
    ['', false],
  ])('%j → %s', (password, strong) => {
    expect(isStrongPassword(password)).toBe(strong);
  });
});

describe('ipWaitMinutes', () => {
  const limit = SIGN_IN_LIMITS.ipFailures;

  it.each([
    ['no failures yet', undefined, T0, 0],
    ['one failure below the limit', { failures: limit - 1, windowStartedAt: T0 }, at(1), 0],
    ['at the limit, right away', { failures: limit, windowStartedAt: T0 }, T0, 15],
    ['at the limit, 5 minutes in', { failures: limit, windowStartedAt: T0 }, at(5), 10],
    ['at the limit, half a minute before the window ends', { failures: limit, windowStartedAt: T0 }, at(14, 30), 1],
    ['at the limit, once the window ended', { failures: limit, windowStartedAt: T0 }, at(15), 0],
    ['over the limit, long after', { failures: limit + 10, windowStartedAt: T0 }, at(90), 0],
  ])('%s → %i', (_, state, now, minutes) => {
    expect(ipWaitMinutes(state, now)).toBe(minutes);
  });

  it('applies a smaller limit when given one (unknown usernames lock after five)', () => {
    expect(ipWaitMinutes({ failures: 5, windowStartedAt: T0 }, at(5), SIGN_IN_LIMITS.accountFailures)).toBe(10);
    expect(ipWaitMinutes({ failures: 4, windowStartedAt: T0 }, at(5), SIGN_IN_LIMITS.accountFailures)).toBe(0);
  });
});

describe('lockMinutesLeft', () => {
  it.each([
    ['never locked', null, T0, 0],
    ['the lock ran out', at(-1), T0, 0],
    ['the lock ends right now', T0, T0, 0],
    ['ten seconds left rounds up to a minute', at(0, 10), T0, 1],
    ['a fresh 15-minute lock', at(15), T0, 15],
    ['fourteen minutes and a second left', at(14, 1), T0, 15],
  ])('%s → %i', (_, lockedUntil, now, minutes) => {
    expect(lockMinutesLeft(lockedUntil, now)).toBe(minutes);
  });
});
