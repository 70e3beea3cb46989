import { describe, expect, it } from 'vitest';
import { CONTACT_LOG_KINDS } from '../../../shared/enums';
import { CHANNEL_OF_LOG, isDue, isInFuture, nextVisitAt } from './rules';

const DAY = 86_400_000;
const now = new Date('2026-12-10T02:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe('when a contact is due a visit', () => {
  it.each<[string, Date | null, number, boolean]>([
    ['never in touch: due now', null, 90, true],
    ['in touch yesterday, every 90 days: not due', ago(1), 90, false],
    ['in touch 89 days ago: not yet', ago(89), 90, false],
    ['in touch exactly 90 days ago: due', ago(90), 90, true],
    ['in touch 100 days ago: due', ago(100), 90, true],
    ['every 7 days, 8 days ago: due', ago(8), 7, true],
  ])('%s', (_, last, every, due) => {
    expect(isDue(last, every, now)).toBe(due);
  });

  it('the next visit is the last contact plus the cadence, none when never in touch', () => {
    expect(nextVisitAt(ago(10), 30)?.toISOString()).toBe(new Date(now.getTime() + 20 * DAY).toISOString());
    expect(nextVisitAt(null, 30)).toBeNull();
  });
});

describe('a problem raised in touch', () => {
  it('is filed as met in person (visit, meeting) or remotely (call, online)', () => {
    expect(CONTACT_LOG_KINDS.map((k) => CHANNEL_OF_LOG[k])).toEqual(['walk_in', 'phone_call', 'walk_in', 'phone_call']);
  });
});

describe('a log entry’s time', () => {
  it('may be now or earlier, a minute of clock drift allowed, not later', () => {
    expect(isInFuture(ago(1), now)).toBe(false);
    expect(isInFuture(new Date(now.getTime() + 30_000), now)).toBe(false);
    expect(isInFuture(new Date(now.getTime() + 120_000), now)).toBe(true);
  });
});
