// Dates on documents as people here read them: the calendar of the deployment's time zone
// (TIME_ZONE, src/shared/time-zone.ts), whatever the zone the server runs in.
import type { Locale } from '../../../shared/enums';
import { deploymentOffsetAt } from '../../../shared/time-zone';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The wall clock of an instant in the deployment's time zone. */
function wallClock(at: Date) {
  const s = new Date(at.getTime() + deploymentOffsetAt(at.getTime()));
  return {
    year: s.getUTCFullYear(),
    month: s.getUTCMonth() + 1,
    day: s.getUTCDate(),
    hm: `${String(s.getUTCHours()).padStart(2, '0')}:${String(s.getUTCMinutes()).padStart(2, '0')}`,
  };
}

/** 2026年11月26日 — the date as 公文 writes it (Arabic numerals, per GB/T 9704-2012); "26 November 2026" in English. */
export function gongwenDate(at: Date, locale: Locale = 'zh-CN') {
  const c = wallClock(at);
  return locale === 'en' ? `${c.day} ${MONTHS[c.month - 1]} ${c.year}` : `${c.year}年${c.month}月${c.day}日`;
}

/** 2026年3月10日 14:30 — a moment on a document (an urge, a reply, a 批示). */
export function gongwenDateTime(at: Date, locale: Locale = 'zh-CN') {
  return `${gongwenDate(at, locale)}${locale === 'en' ? ',' : ''} ${wallClock(at).hm}`;
}
