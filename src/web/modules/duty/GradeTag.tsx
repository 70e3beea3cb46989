import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DutyEntryStatus, DutyGrade } from '../../../shared/enums';

const GRADE_COLORS = {
  excellent: 'green',
  competent: 'blue',
  basically_competent: 'gold',
  incompetent: 'red',
} as const satisfies Record<DutyGrade, string>;

/** 优秀 / 称职 / 基本称职 / 不称职 */
export function GradeTag({ grade }: { grade: DutyGrade }) {
  const { t } = useTranslation();
  return <Tag color={GRADE_COLORS[grade]}>{t(`duty.grades.${grade}`)}</Tag>;
}

const STATUS_COLORS = { pending: 'processing', approved: 'success', rejected: 'default' } as const satisfies Record<
  DutyEntryStatus,
  string
>;

/** 待审核 / 已通过 / 未通过 */
export function EntryStatusTag({ status }: { status: DutyEntryStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`duty.statuses.${status}`)}</Tag>;
}
