import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactKind } from '../../../shared/enums';
import { formatDay } from './format';
import type { ContactSummary } from './types';

export function KindTag({ kind }: { kind: ContactKind }) {
  const { t } = useTranslation();
  return <Tag>{t(`contacts.kinds.${kind}`)}</Tag>;
}

/** Whether the contact is due a visit (never in touch, or past the cadence), else when it falls due. */
export function DueTag({ contact: c }: { contact: Pick<ContactSummary, 'isDue' | 'nextVisitAt' | 'archivedAt'> }) {
  const { t } = useTranslation();
  if (c.archivedAt) return <Tag>{t('contacts.archivedTag')}</Tag>;
  if (c.isDue) return <Tag color="orange">{c.nextVisitAt ? t('contacts.due') : t('contacts.never')}</Tag>;
  return <Tag color="green">{t('contacts.nextVisit', { date: formatDay(c.nextVisitAt) })}</Tag>;
}
