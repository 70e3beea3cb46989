import { describe, expect, it } from 'vitest';
import { isGivenUp, isRefusalOfThisMail, lastDigestTime, MAIL_RULES, oldestMailable, retryDelayMs } from './mail-rules';

const MINUTE = 60_000;

describe('the daily digest’s time: 08:00 in Asia/Shanghai', () => {
  it.each([
    ['2026-07-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z'], // 08:00 there: today's
    ['2026-07-01T05:30:00.000Z', '2026-07-01T00:00:00.000Z'], // 13:30 there
    ['2026-06-30T23:59:59.000Z', '2026-06-30T00:00:00.000Z'], // 07:59 there: still yesterday's
    ['2026-06-30T16:30:00.000Z', '2026-06-30T00:00:00.000Z'], // 00:30 on 1 July there
    ['2027-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'], // across a year
  ])('at %s the last digest time is %s', (now, at) => {
    expect(lastDigestTime(new Date(now)).toISOString()).toBe(at);
  });
});

describe('retries', () => {
  it('wait 2, 4, 8 … minutes, at most six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([2, 4, 8, 16].map((m) => m * MINUTE));
    expect(retryDelayMs(9)).toBe(360 * MINUTE);
    expect(retryDelayMs(60)).toBe(360 * MINUTE);
    expect(retryDelayMs(0)).toBe(2 * MINUTE);
  });

  it('give up a notice whose next try would come past the mailable age', () => {
    const filed = new Date('2026-07-01T00:00:00.000Z');
    const at = (ms: number) => new Date(filed.getTime() + ms);
    expect(isGivenUp(filed, at(MAIL_RULES.maxAgeMs))).toBe(false);
    expect(isGivenUp(filed, at(MAIL_RULES.maxAgeMs + 1))).toBe(true);
    expect(oldestMailable(at(MAIL_RULES.maxAgeMs))).toEqual(filed);
  });

  it.each([
    [{ code: 'EENVELOPE' }, true], // the server refused this recipient: the others are tried now
    [{ code: 'EMESSAGE' }, true],
    [{ code: 'ECONNECTION' }, false], // the server: the run stops, the rest wait
    [{ code: 'ETIMEDOUT' }, false],
    [{ code: 'EAUTH' }, false],
    [new Error('boom'), false],
    [null, false],
  ])('%j refuses only this mail: %s', (err, only) => {
    expect(isRefusalOfThisMail(err)).toBe(only);
  });
});
