import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HandlingStatus } from '../../../shared/access/proposals';
import type { ProposalReplyCategory, Satisfaction } from '../../../shared/enums';

const STATUS_COLORS = {
  assigned: 'processing',
  replied: 'cyan',
  met: 'gold',
  rated: 'success',
} as const satisfies Record<HandlingStatus, string>;

const SATISFACTION_COLORS = {
  satisfied: 'success',
  basically_satisfied: 'lime',
  unsatisfied: 'error',
} as const satisfies Record<Satisfaction, string>;

/** Where a handling stands, with 已逾期 and 重新办理 beside it when they apply. */
export function HandlingStatusTags({
  status,
  isOverdue,
  rehandleCount,
}: {
  status: HandlingStatus;
  isOverdue: boolean;
  rehandleCount: number;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      <Tag color={STATUS_COLORS[status]}>{t(`proposals.statuses.${status}`)}</Tag>
      {isOverdue && <Tag color="red">{t('proposals.overdue')}</Tag>}
      {rehandleCount > 0 && <Tag color="purple">{t('proposals.rehandled')}</Tag>}
    </Flex>
  );
}

export function CategoryTag({ category }: { category: ProposalReplyCategory | null }) {
  const { t } = useTranslation();
  if (!category) return <>{t('common.none')}</>;
  return <Tag color="geekblue">{t(`proposals.categories.${category}`)}</Tag>;
}

export function SatisfactionTag({ satisfaction }: { satisfaction: Satisfaction | null }) {
  const { t } = useTranslation();
  if (!satisfaction) return <>{t('common.none')}</>;
  return <Tag color={SATISFACTION_COLORS[satisfaction]}>{t(`proposals.satisfactions.${satisfaction}`)}</Tag>;
}
