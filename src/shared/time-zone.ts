/**
 * The deployment's time zone: screens and documents show times as people here read them, whatever
 * the zone of the browser or the server (a staffer's laptop set to UTC still sees Beijing time).
 * The server's calendar (platform/calendar.ts) counts days in the same zone.
 */
export const DEPLOYMENT_TIME_ZONE = 'Asia/Shanghai';

/** An instant in `locale` and the deployment's time zone, to the minute: 2026/11/25 21:56. */
export const formatDateTimeIn = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: DEPLOYMENT_TIME_ZONE }).format(
    new Date(iso),
  );

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

/** The deployment's wall clock at an instant, to the second: 2026-11-25 08:30:00. */
export const deploymentClock = (ms: number) => clockFormat.format(ms);

/** How far the deployment's clock is ahead of UTC at an instant, in ms (+8 h in Beijing). */
export const deploymentOffsetAt = (ms: number) =>
  Date.parse(`${deploymentClock(ms).replace(' ', 'T')}Z`) - Math.floor(ms / 1000) * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 in the deployment's time zone, with its offset: 2026-12-03T17:57:15+08:00. */
export function isoInDeploymentZone(d: Date) {
  const offset = Math.round(deploymentOffsetAt(d.getTime()) / 60_000);
  const abs = Math.abs(offset);
  const sign = offset < 0 ? '-' : '+';
  return `${deploymentClock(d.getTime()).replace(' ', 'T')}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
