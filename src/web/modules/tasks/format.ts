import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import i18n from '../../i18n';

/** A day in the UI language and the deployment's time zone: 2026年6月30日, Jun 30, 2026. */
export function formatDate(iso: string | null | undefined) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: DEPLOYMENT_TIME_ZONE }).format(
    new Date(iso),
  );
}
