import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutcomeStatus, OutcomeType } from '../../../shared/enums';

const STATUS_COLORS = {
  draft: 'default',
  sent: 'processing',
  answered: 'cyan',
  carrying_out: 'gold',
  carried_out: 'success',
} as const satisfies Record<OutcomeStatus, string>;

export function OutcomeStatusTag({ status }: { status: OutcomeStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`outcomes.statuses.${status}`)}</Tag>;
}

export function OutcomeTypeTag({ type }: { type: OutcomeType }) {
  const { t } = useTranslation();
  return <Tag color="geekblue">{t(`outcomes.types.${type}`)}</Tag>;
}
