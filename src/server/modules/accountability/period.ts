import { shanghaiDate, shanghaiHour } from '../../platform/calendar';

/** The calendar year (in the deployment's zone) that `now` falls in, and the instant it began. */
export function yearOf(now: Date) {
  const year = Number(shanghaiDate(now).slice(0, 4));
  return { year, start: shanghaiHour(`${String(year).padStart(4, '0')}-01-01`, 0) };
}
