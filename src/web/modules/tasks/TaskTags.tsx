import { Badge, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../../shared/enums';
import { dueState, FLAG_COLORS, type ReasonWord, reasonWords } from './flags';
import { formatDate } from './format';
import type { TaskSummary } from './types';

const statusColors = {
  not_started: 'default',
  in_progress: 'processing',
  done: 'gold',
  accepted: 'success',
  cannot: 'magenta',
  carried_over: 'purple',
} as const satisfies Record<TaskStatus, string>;

/** Where a task stands is one of the two open statuses: the flag and deadline concern only these. */
export const isOpen = (status: TaskStatus) => status === 'not_started' || status === 'in_progress';

/** 未开始, 推进中 … as a coloured tag. */
export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`tasks.statuses.${status}`)}</Tag>;
}

/** The reasons in the reader's language: 逾期 3 天、已催办 2 次. */
export function useReasonText() {
  const { t } = useTranslation();
  const say = (w: ReasonWord) => {
    switch (w.key) {
      case 'overdue':
      case 'dueSoon':
      case 'stalled':
        return t(`tasks.reasons.${w.key}`, { days: w.days });
      case 'urged':
      case 'awaitsAnswer':
        return t(`tasks.reasons.${w.key}`, { count: w.count });
      case 'escalated':
        return t('tasks.reasons.escalated');
    }
  };
  return (task: Parameters<typeof reasonWords>[0]) =>
    reasonWords(task, Date.now()).map(say).join(t('tasks.listSeparator'));
}

/** The red/yellow/green dot with its words (红灯：逾期 3 天、已催办 2 次), never the colour alone. */
export function FlagText({ task }: { task: TaskSummary }) {
  const { t } = useTranslation();
  const reasons = useReasonText()(task);
  if (!reasons && !isOpen(task.status)) return <span>{t('common.none')}</span>;
  return (
    <Badge
      color={FLAG_COLORS[task.flag]}
      text={t('tasks.flagLine', { flag: t(`tasks.flags.${task.flag}`), reasons: reasons || t('tasks.onTrack') })}
      className="task-flag"
    />
  );
}

/** The deadline day, tagged when it has passed or is near. */
export function DueDate({ task }: { task: Pick<TaskSummary, 'dueAt' | 'reasons'> }) {
  const { t } = useTranslation();
  const state = dueState(task);
  return (
    <Space size={4} wrap>
      <span>{formatDate(task.dueAt)}</span>
      {state && <Tag color={state === 'overdue' ? 'red' : 'gold'}>{t(`tasks.page.${state}`)}</Tag>}
    </Space>
  );
}
