import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import i18n from '../../i18n';

/** A day in the UI language where the deployment is: 2026年6月10日 / Jun 10, 2026. */
export function formatDay(iso: string | null | undefined) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: DEPLOYMENT_TIME_ZONE }).format(
    new Date(iso),
  );
}

/** A time of day where the deployment is: 09:30. */
export function formatClock(iso: string) {
  return new Intl.DateTimeFormat(i18n.language, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: DEPLOYMENT_TIME_ZONE,
  }).format(new Date(iso));
}

/** Points with at most one decimal, signed when asked: 12, 7.5, −4. */
export function formatPoints(points: number, signed = false) {
  const text = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(Math.abs(points));
  if (points < 0) return `−${text}`;
  return signed && points > 0 ? `+${text}` : text;
}

/** The year where the deployment is now. */
export const thisYear = () =>
  Number(new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone: DEPLOYMENT_TIME_ZONE }).format(new Date()));
