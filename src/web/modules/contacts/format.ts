import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import i18n from '../../i18n';

/** A day in the UI language where the deployment is: 2026/12/10 (no time: visits are planned by day). */
export const formatDay = (iso: string | null | undefined) =>
  iso
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: DEPLOYMENT_TIME_ZONE }).format(
        new Date(iso),
      )
    : '';
