// The rota's weeks, Monday to Sunday where the deployment is, whatever the browser's zone.
import { deploymentClock, deploymentDay, instantAt } from '../../lib/deployment-day';

const DAY_MS = 86_400_000;

/** A calendar day (YYYY-MM-DD) moved by `days`. */
export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** 1 Monday … 7 Sunday. */
export const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() || 7;

/** The Monday of the week a day falls in. */
export const mondayOf = (day: string) => addDays(day, 1 - weekdayOf(day));

/** The week starting on `monday`: its seven days and the period to ask the server for. */
export function weekFrom(monday: string) {
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return { days, from: instantAt(monday, '00:00'), to: instantAt(addDays(monday, 7), '00:00') };
}

/** This week's Monday where the deployment is. */
export const thisMonday = (now = Date.now()) => mondayOf(deploymentDay(now));

/** A slot's time on the deployment's clock: 09:00–11:30. */
export const slotTime = (s: { startsAt: string; endsAt: string }) =>
  `${deploymentClock(s.startsAt)}–${deploymentClock(s.endsAt)}`;

/** The slots of a week by day. */
export function byDay<T extends { startsAt: string }>(days: string[], slots: readonly T[]) {
  return days.map((day) => ({ day, slots: slots.filter((s) => deploymentDay(s.startsAt) === day) }));
}
