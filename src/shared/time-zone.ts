/**
 * The deployment's time zone: screens and documents show times as people here read them, whatever
 * the zone of the browser or the server (a staffer's laptop set to UTC still sees Beijing time).
 * The server's calendar (platform/calendar.ts) counts days in the same zone.
 */
export const DEPLOYMENT_TIME_ZONE = 'Asia/Shanghai';
