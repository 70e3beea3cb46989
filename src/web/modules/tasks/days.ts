// A deadline is a day where the deployment is (src/shared/time-zone.ts), whatever the zone of the
// browser: a staffer's laptop set to UTC picks and shows the same day as one in Beijing.
import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';

const DAY_MS = 86_400_000;
// 'en-CA' writes a day as 2026-11-25
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: DEPLOYMENT_TIME_ZONE });
// 'sv-SE' writes a moment as 2026-11-25 08:30:00
const clockFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: DEPLOYMENT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The day (YYYY-MM-DD) an instant falls on where the deployment is. */
export const deploymentDay = (at: string | number | Date) => dayFormat.format(new Date(at));

/** Days from one deployment day to another (2026-05-17 → 2026-05-20: 3). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** How far the deployment's clock is ahead of UTC at an instant, in ms (+8 h in Beijing). */
const offsetAt = (ms: number) =>
  Date.parse(`${clockFormat.format(ms).replace(' ', 'T')}Z`) - Math.floor(ms / 1000) * 1000;

/** The last millisecond of a day (YYYY-MM-DD) where the deployment is, as ISO: a deadline on that day. */
export function endOfDeploymentDay(day: string) {
  const wall = Date.parse(`${day}T23:59:59.999Z`);
  return new Date(wall - offsetAt(wall)).toISOString();
}
