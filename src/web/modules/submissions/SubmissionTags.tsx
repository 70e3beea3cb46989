import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '../../../shared/enums';
import { formatDateTime } from '../../lib/format';

const statusColors = {
  received: 'gold',
  grid: 'cyan',
  community: 'blue',
  township: 'geekblue',
  department: 'purple',
  solved: 'green',
  merged: 'default',
  declined: 'default',
} as const satisfies Record<SubmissionStatus, string>;

/** 待分办, 社区议事 … as a coloured tag. */
export function StatusTag({ status }: { status: SubmissionStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`submissions.statuses.${status}`)}</Tag>;
}

export function OverdueTag() {
  const { t } = useTranslation();
  return <Tag color="red">{t('submissions.overdue')}</Tag>;
}

/**
 * The deadline of the current level, flagged when it has passed; while its topic is deliberated
 * the clock stands still and no deadline runs (时限暂停).
 */
export function DueAt({
  dueAt,
  isOverdue,
  clockStoppedAt,
}: {
  dueAt: string | null;
  isOverdue: boolean;
  clockStoppedAt: string | null;
}) {
  const { t } = useTranslation();
  if (clockStoppedAt)
    return (
      <Tooltip title={t('submissions.clockStoppedSince', { time: formatDateTime(clockStoppedAt) })}>
        <Tag className="clock-stopped">{t('submissions.clockStopped')}</Tag>
      </Tooltip>
    );
  if (!dueAt) return <span>{t('common.none')}</span>;
  return (
    <Space size={4} wrap>
      <span>{formatDateTime(dueAt)}</span>
      {isOverdue && <OverdueTag />}
    </Space>
  );
}
