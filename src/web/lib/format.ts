import { formatDateTimeIn } from '../../shared/time-zone';
import i18n from '../i18n';

/** A timestamp in the UI language and the deployment's time zone, to the minute: 2026/11/25 21:56. */
export function formatDateTime(iso: string | null | undefined) {
  if (!iso) return '';
  return formatDateTimeIn(i18n.language, iso);
}

/** 青禾区 / 东湖街道 / 桃园社区 */
export const pathLabel = (crumbs: readonly { name: string }[], name: string) =>
  [...crumbs.map((c) => c.name), name].join(' / ');
