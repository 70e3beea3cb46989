import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import i18n from '../../i18n';

/** A day in the UI language: 2026年6月10日 / Jun 10, 2026. */
export function formatDate(iso: string | null | undefined) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: DEPLOYMENT_TIME_ZONE }).format(
    new Date(iso),
  );
}

/** A rate as a percentage to one decimal, or null while nothing is counted. */
export function formatRate(value: number | null) {
  if (value === null) return null;
  return new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
