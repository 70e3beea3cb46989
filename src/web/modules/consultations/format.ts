import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import i18n from '../../i18n';
import { formatDateTime } from '../../lib/format';

/** 2026/11/25 14:00 – 16:00, or with the end's date when it ends another day. */
export function formatSpan(startsAt: string, endsAt: string | null) {
  const start = formatDateTime(startsAt);
  if (!endsAt) return start;
  const a = new Date(startsAt);
  const b = new Date(endsAt);
  // the calendar day where the deployment is ('en-CA' writes it 2026-11-25)
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: DEPLOYMENT_TIME_ZONE });
  const sameDay = day.format(a) === day.format(b);
  const end = sameDay
    ? new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone: DEPLOYMENT_TIME_ZONE }).format(b)
    : formatDateTime(endsAt);
  return `${start} – ${end}`;
}
