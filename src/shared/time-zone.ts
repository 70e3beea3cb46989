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
