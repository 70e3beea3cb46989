import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import type { Lang } from '../i18n';

const formatters = new Map<Lang, Intl.DateTimeFormat>();

/** A date and time the way people in that language write it: 2026年5月3日 14:05. */
export function formatDateTime(iso: string, lang: Lang) {
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, {
      dateStyle: 'medium',
      timeStyle: 'short',
      hour12: false,
      timeZone: DEPLOYMENT_TIME_ZONE,
    });
    formatters.set(lang, f);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}
