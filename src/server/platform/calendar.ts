// Dates as people here read them: the calendar day in the deployment's time zone (TIME_ZONE,
// default Asia/Shanghai — hence the names), whatever the zone the server process runs in.
import { deploymentClock, instantOfWallClock } from '../../shared/time-zone';

/** The calendar date ('YYYY-MM-DD') of an instant in the deployment's zone. */
export const shanghaiDate = (at: Date) => deploymentClock(at.getTime()).slice(0, 10);

/** The instant of `hour`:00 on the calendar date `date` ('YYYY-MM-DD') in the deployment's zone. */
export const shanghaiHour = (date: string, hour: number) =>
  new Date(instantOfWallClock(Date.parse(`${date}T00:00:00.000Z`) + hour * 3600_000));

/** Date and minute ('YYYY-MM-DD HH:mm') of an instant in the deployment's zone, as exports and documents show it. */
export const shanghaiDateTime = (at: Date) => deploymentClock(at.getTime()).slice(0, 16);

/** The first day of the month of a day or month ('2026-11-25' → '2026-11-01'). */
export const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

/** The first day of the month `k` months after `month` ('YYYY-MM-01'; k may be negative). */
export const addMonths = (month: string, k: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + k;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
};
