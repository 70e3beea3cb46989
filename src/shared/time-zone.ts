/**
 * The deployment's time zone (TIME_ZONE, default Asia/Shanghai): screens and documents show times
 * as people here read them, whatever the zone of the browser or the server (a staffer's laptop set
 * to UTC still sees Beijing time). The server reads it from its environment (platform/config.ts
 * checks it); the web apps read the <meta name="time-zone"> the server writes into their page.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Whether `zone` is an IANA time zone this runtime knows (Asia/Shanghai, America/New_York). */
export function isTimeZone(zone: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

function configuredZone(): string | undefined {
  if (typeof document !== 'undefined') {
    return document.querySelector('meta[name="time-zone"]')?.getAttribute('content') ?? undefined;
  }
  return globalThis.process?.env?.TIME_ZONE;
}

const configured = configuredZone()?.trim();
export const DEPLOYMENT_TIME_ZONE = configured && isTimeZone(configured) ? configured : DEFAULT_TIME_ZONE;

/** An instant in `locale` and the deployment's time zone, to the minute: 2026/11/25 21:56. */
export const formatDateTimeIn = (locale: string, iso: string | number | Date) =>
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

/**
 * The instant a wall-clock time names in the deployment's zone; the wall time is given as the ms
 * that time would be in UTC (Date.parse('2026-11-25T08:30:00Z')). The offset is taken twice so a
 * wall time just after a daylight-saving change lands right.
 */
export function instantOfWallClock(asUtc: number) {
  const first = asUtc - deploymentOffsetAt(asUtc);
  return asUtc - deploymentOffsetAt(first);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 in the deployment's time zone, with its offset: 2026-12-03T17:57:15+08:00. */
export function isoInDeploymentZone(d: Date) {
  const offset = Math.round(deploymentOffsetAt(d.getTime()) / 60_000);
  const abs = Math.abs(offset);
  const sign = offset < 0 ? '-' : '+';
  return `${deploymentClock(d.getTime()).replace(' ', 'T')}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
