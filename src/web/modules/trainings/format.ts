import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import i18n from '../../i18n';
import { deploymentDay } from '../../lib/deployment-day';
import { formatDateTime } from '../../lib/format';

/** 2026/12/10 09:00 – 11:30, or with the end's date when the session ends another day. */
export function formatSpan(startsAt: string, endsAt: string) {
  const end =
    deploymentDay(startsAt) === deploymentDay(endsAt)
      ? new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone: DEPLOYMENT_TIME_ZONE }).format(
          new Date(endsAt),
        )
      : formatDateTime(endsAt);
  return `${formatDateTime(startsAt)} – ${end}`;
}

/** Credit hours as people read them: 3, 1.5. */
export const formatHours = (hours: number) => String(Math.round(hours * 10) / 10);
