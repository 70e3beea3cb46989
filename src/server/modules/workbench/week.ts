import { shanghaiDate, shanghaiHour } from '../../platform/calendar';

const DAY = 86_400_000;
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/**
 * This week, Monday to Sunday, as the deployment's calendar reads it at `now`: the days a list page
 * puts in its URL (`from`, `to`: whole days) and the instants the list API takes for them (`to` is
 * the start of the day after, as the page sends it).
 */
export function thisWeek(now: Date) {
  const today = shanghaiDate(now);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const from = addDays(today, -weekday);
  const to = addDays(from, 6);
  return {
    days: { from, to },
    instants: { from: shanghaiHour(from, 0).toISOString(), to: shanghaiHour(addDays(to, 1), 0).toISOString() },
  };
}

/** The deployment's calendar year at `now`. */
export const yearOf = (now: Date) => Number(shanghaiDate(now).slice(0, 4));
