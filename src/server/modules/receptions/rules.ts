// The rules of reception days (委员接待日): what each status of a slot allows, the deployment's
// week, and the days a weekly pattern fills in a month.
import { RECEPTION_LIMITS } from '../../../shared/api/receptions';
import type { ReceptionStatus } from '../../../shared/enums';
import { shanghaiDate, shanghaiHour } from '../../platform/calendar';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type ReceptionStep = 'swap' | 'remove' | 'absent' | 'record' | 'raise';

/**
 * A slot on the rota is swapped, taken off, recorded as held or missed while scheduled; once held,
 * more problems raised that day can be filed. Being held or missed needs the slot to have begun.
 */
export const STEP_FROM = {
  swap: 'scheduled',
  remove: 'scheduled',
  absent: 'scheduled',
  record: 'scheduled',
  raise: 'held',
} as const satisfies Record<ReceptionStep, ReceptionStatus>;

export const NEEDS_START = {
  swap: false,
  remove: false,
  absent: true,
  record: true,
  raise: false,
} as const satisfies Record<ReceptionStep, boolean>;

/** Where a step stands for a slot now: allowed, the wrong status, or not begun. */
export function stepState(step: ReceptionStep, s: { status: ReceptionStatus; startsAt: Date }, now: Date) {
  if (s.status !== STEP_FROM[step]) return 'wrong_status' as const;
  if (NEEDS_START[step] && s.startsAt > now) return 'not_started' as const;
  return 'ok' as const;
}

/** What is wrong with a slot's times, as field errors (later than its start, at most maxHours). */
export function slotTimeIssues(startsAt: Date, endsAt: Date, field = 'endsAt') {
  const length = endsAt.getTime() - startsAt.getTime();
  if (length <= 0) return [{ path: field, key: 'invalid_value' as const }];
  if (length > RECEPTION_LIMITS.maxHours * HOUR_MS)
    return [{ path: field, key: 'too_big_number' as const, params: { maximum: `${RECEPTION_LIMITS.maxHours} h` } }];
  return [];
}

/** The ISO weekday (1 Monday … 7 Sunday) of a calendar date 'YYYY-MM-DD'. */
export const weekdayOf = (date: string) => {
  const d = new Date(`${date}T00:00:00.000Z`).getUTCDay();
  return d === 0 ? 7 : d;
};

/** The instant of a clock time 'HH:MM' on a calendar date in the deployment's zone. */
export const atClock = (date: string, clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return new Date(shanghaiHour(date, 0).getTime() + ((h ?? 0) * 60 + (m ?? 0)) * 60_000);
};

/** This week in the deployment's calendar: Monday and Sunday, and the instants it starts and ends. */
export function weekOf(now: Date) {
  const today = shanghaiDate(now);
  const monday = shanghaiDate(new Date(shanghaiHour(today, 12).getTime() - (weekdayOf(today) - 1) * DAY_MS));
  const start = shanghaiHour(monday, 0);
  const end = new Date(start.getTime() + 7 * DAY_MS);
  return { weekStart: monday, weekEnd: shanghaiDate(new Date(end.getTime() - DAY_MS)), start, end };
}

/** The calendar dates of a month 'YYYY-MM' that fall on one of `weekdays`, in order. */
export function daysOfMonth(month: string, weekdays: readonly number[]) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const days: string[] = [];
  for (let d = 1; d <= last; d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    if (weekdays.includes(weekdayOf(date))) days.push(date);
  }
  return days;
}

/** A duty notice is due when the slot begins within the coming week (and has not begun). */
export const isInComingWeek = (startsAt: Date, now: Date) =>
  startsAt.getTime() >= now.getTime() && startsAt.getTime() < now.getTime() + 7 * DAY_MS;
export const COMING_WEEK_MS = 7 * DAY_MS;
