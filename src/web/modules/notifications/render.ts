// A notice in the reader's language: the shared renderer (src/shared/notices.ts) with the console's
// i18next, which carries the shared catalogue under `notifications.` (i18n.ts).
import type { TFunction } from 'i18next';
import { type RenderedNotice, renderNotice as renderWith } from '../../../shared/notices';
import type { Notification } from './types';

export { RECORD_PATHS, type RenderedNotice, recordPath } from '../../../shared/notices';

/**
 * Renders a notice with `t` (the reader's language); `formatDate` shows an instant in the
 * deployment's time zone.
 */
export function renderNotice(
  t: TFunction,
  n: Pick<Notification, 'kind' | 'params'>,
  formatDate: (iso: string) => string,
): RenderedNotice {
  // i18next types each key's {{words}} apart, which a key of a union cannot meet; the shared
  // renderer fills in what each text names (shared/notices.test.ts checks every kind)
  const say = t as unknown as (key: string, words: Record<string, string>) => string;
  return renderWith((key, words) => say(`notifications.${key}`, words), n, formatDate);
}

const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
] as const;

/**
 * How long ago, in the reader's language (3 分钟前, 昨天, 5 hours ago); past a week, the date itself.
 */
export function timeAgo(iso: string, now: number, lng: string, t: TFunction, formatDate: (iso: string) => string) {
  const ms = now - Date.parse(iso);
  if (ms < 60_000) return t('notifications.justNow');
  if (ms >= 7 * 86_400_000) return formatDate(iso);
  const rtf = new Intl.RelativeTimeFormat(lng, { numeric: 'auto' });
  for (const [unit, size] of UNITS) if (ms >= size) return rtf.format(-Math.floor(ms / size), unit);
  return t('notifications.justNow');
}
