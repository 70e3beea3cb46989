import { shanghaiDate } from '../../platform/calendar';

const SHANGHAI_OFFSET_MS = 8 * 3600_000; // Asia/Shanghai has no daylight saving time

/** The calendar year (Asia/Shanghai) that `now` falls in, and the instant it began. */
export function yearOf(now: Date) {
  const year = Number(shanghaiDate(now).slice(0, 4));
  return { year, start: new Date(Date.UTC(year, 0, 1) - SHANGHAI_OFFSET_MS) };
}
