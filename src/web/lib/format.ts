import { DEPLOYMENT_TIME_ZONE } from '../../shared/time-zone';
import i18n from '../i18n';

/** A timestamp in the UI language and the deployment's time zone, to the minute: 2026/11/25 21:56. */
export function formatDateTime(iso: string | null | undefined) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: DEPLOYMENT_TIME_ZONE,
  }).format(new Date(iso));
}

/** 青禾区 / 东湖街道 / 桃园社区 */
export const pathLabel = (crumbs: readonly { name: string }[], name: string) =>
  [...crumbs.map((c) => c.name), name].join(' / ');
