import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WritingKind, WritingStatus } from '../../../shared/enums';

const STATUS_COLORS = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  adopted: 'success',
  forwarded: 'cyan',
  not_adopted: 'error',
} as const satisfies Record<WritingStatus, string>;

export function WritingStatusTag({ status }: { status: WritingStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`writings.statuses.${status}`)}</Tag>;
}

export function WritingKindTag({ kind }: { kind: WritingKind }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'proposal' ? 'purple' : 'geekblue'}>{t(`writings.kinds.${kind}`)}</Tag>;
}
