// Days where the deployment is (src/shared/time-zone.ts), whatever the zone of the browser: a
// staffer's laptop set to UTC picks and shows the same day as one in Beijing. A date picker holds
// the day as the browser writes it (a dayjs at its midnight); these turn it into the instant the
// server keeps — the day's end there, when a deadline or a review date falls — and back.
import dayjs, { type Dayjs } from 'dayjs';
import { DEPLOYMENT_TIME_ZONE, deploymentOffsetAt } from '../../shared/time-zone';

// 'en-CA' writes a day as 2026-11-25
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: DEPLOYMENT_TIME_ZONE });
const offsetAt = deploymentOffsetAt;

/** The day (YYYY-MM-DD) an instant falls on where the deployment is. */
export const deploymentDay = (at: string | number | Date) => dayFormat.format(new Date(at));

/** The last millisecond of a day (YYYY-MM-DD) where the deployment is, as ISO. */
export function endOfDeploymentDay(day: string) {
  const wall = Date.parse(`${day}T23:59:59.999Z`);
  return new Date(wall - offsetAt(wall)).toISOString();
}

/** The day a picker holds (YYYY-MM-DD), read as a day where the deployment is. */
export const pickedDay = (d: Dayjs) => d.format('YYYY-MM-DD');

/** The instant a picked day ends where the deployment is: a deadline or a review date on that day. */
export const endOfPickedDay = (d: Dayjs) => endOfDeploymentDay(pickedDay(d));

/** The picker's value for an instant: its day where the deployment is. */
export const pickerDay = (at: string | number | Date) => dayjs(deploymentDay(at));

/** Today where the deployment is, for a picker (days before or after it may be shut). */
export const pickerToday = (now: number = Date.now()) => pickerDay(now);

/** The instant of a wall-clock time (HH:mm) on a day (YYYY-MM-DD) where the deployment is, as ISO. */
export function instantAt(day: string, clock: string) {
  const wall = Date.parse(`${day}T${clock}:00.000Z`);
  return new Date(wall - offsetAt(wall)).toISOString();
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: DEPLOYMENT_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time (HH:mm) of an instant where the deployment is. */
export const deploymentClock = (at: string | number | Date) => timeFormat.format(new Date(at));

/**
 * A date-time picker's value for an instant: the deployment's wall clock (a meeting at 09:00 in
 * Beijing shows 09:00 on a laptop in New York). `pickedInstant` reads a picked value back the same way.
 */
export const pickerDateTime = (at: string | number | Date) => dayjs(`${deploymentDay(at)}T${deploymentClock(at)}`);

/** The instant a date-time picker's value names where the deployment is, as ISO. */
export const pickedInstant = (d: Dayjs) => instantAt(d.format('YYYY-MM-DD'), d.format('HH:mm'));
