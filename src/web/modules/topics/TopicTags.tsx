import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanItemStatus, TopicSource, TopicStatus, TopicUrgency } from '../../../shared/enums';

const statusColors = {
  proposed: 'gold',
  accepted: 'blue',
  rejected: 'default',
  in_consultation: 'purple',
  concluded: 'green',
  withdrawn: 'default',
} as const satisfies Record<TopicStatus, string>;

const urgencyColors = { major: 'volcano', minor: 'cyan', urgent: 'red' } as const satisfies Record<
  TopicUrgency,
  string
>;

const planColors = { proposed: 'gold', approved: 'green', returned: 'red' } as const satisfies Record<
  PlanItemStatus,
  string
>;

/** 待筛选, 已立项 … as a coloured tag. */
export function TopicStatusTag({ status }: { status: TopicStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`topics.statuses.${status}`)}</Tag>;
}

/** 大事大议 / 小事小议 / 急事快议 */
export function UrgencyTag({ urgency }: { urgency: TopicUrgency }) {
  const { t } = useTranslation();
  return <Tag color={urgencyColors[urgency]}>{t(`topics.urgencies.${urgency}`)}</Tag>;
}

/** 群众出题, 委员荐题, 党委政府点题, 网格筛题 */
export function SourceTag({ source }: { source: TopicSource }) {
  const { t } = useTranslation();
  return <Tag>{t(`topics.sources.${source}`)}</Tag>;
}

/** 待审定 / 已审定 / 已退回 */
export function PlanStatusTag({ status }: { status: PlanItemStatus }) {
  const { t } = useTranslation();
  return <Tag color={planColors[status]}>{t(`topics.plan.statuses.${status}`)}</Tag>;
}
