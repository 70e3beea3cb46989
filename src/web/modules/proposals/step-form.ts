import type { Dayjs } from 'dayjs';
import { endOfPickedDay, pickedInstant, pickerToday } from '../../lib/deployment-day';

/** A due date chosen as a day: the end of that day where the deployment is (lib/deployment-day.ts). */
export const endOfDay = (day: Dayjs) => endOfPickedDay(day);

/** The default due date: three months from today where the deployment is. */
export const inThreeMonths = (now: number = Date.now()) => pickerToday(now).add(3, 'month');

export type MeetValues = { metAt: Dayjs; metWith: string; note?: string };

/** 见面's body: the meeting's instant as picked where the deployment is, trimmed text. */
export const toMeetBody = (v: MeetValues) => ({
  metAt: pickedInstant(v.metAt),
  metWith: v.metWith.trim(),
  note: v.note?.trim() || undefined,
});
