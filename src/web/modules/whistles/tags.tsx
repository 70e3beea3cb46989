import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WhistleStatus } from '../../../shared/enums';

const colors = { open: 'orange', closed: 'green', withdrawn: 'default' } as const satisfies Record<
  WhistleStatus,
  string
>;

/** 进行中 / 已关闭 / 已撤回, and 已逾期 for an open whistle past its due time. */
export function WhistleStatusTag({ status, isOverdue = false }: { status: WhistleStatus; isOverdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={colors[status]}>{t(`whistles.statuses.${status}`)}</Tag>
      {isOverdue && <Tag color="red">{t('whistles.overdue')}</Tag>}
    </>
  );
}
