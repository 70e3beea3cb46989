import { App, Card, Checkbox, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useTickMilestone } from './api';
import { formatDate } from './format';
import type { TaskDetail, TaskMilestone } from './types';

/** 时间表: each milestone with its date, ticked off by those who may (the owner), overdue ones marked. */
export function MilestonesCard({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tick = useTickMilestone(task.id);
  const now = Date.now();
  const isLate = (m: TaskMilestone) => !m.doneAt && m.dueAt !== null && Date.parse(m.dueAt) < now;

  const onTick = (m: TaskMilestone, done: boolean) =>
    tick.mutate(
      { milestoneId: m.id, done },
      {
        onSuccess: () => message.success(t(done ? 'tasks.page.ticked' : 'tasks.page.unticked', { title: m.title })),
        onError: (err) => message.error(errorMessage(err)),
      },
    );

  return (
    <Card
      size="small"
      title={t('tasks.milestones')}
      extra={
        task.milestoneCount > 0 && (
          <Typography.Text type="secondary">
            {t('tasks.page.milestonesOf', { done: task.milestonesDone, total: task.milestoneCount })}
          </Typography.Text>
        )
      }
    >
      {task.milestones.length === 0 ? (
        <Typography.Text type="secondary">{t('tasks.page.noMilestones')}</Typography.Text>
      ) : (
        <ol className="task-milestones">
          {task.milestones.map((m) => (
            <li key={m.id} className={m.doneAt ? 'is-done' : undefined}>
              <Checkbox
                checked={Boolean(m.doneAt)}
                disabled={!task.abilities.tickMilestones || tick.isPending}
                onChange={(e) => onTick(m, e.target.checked)}
              >
                {m.title}
              </Checkbox>
              <span className="task-milestone-date">
                {m.doneAt
                  ? t('tasks.page.milestoneDoneAt', { at: formatDate(m.doneAt) })
                  : formatDate(m.dueAt) || t('common.none')}
                {isLate(m) && (
                  <Tag color="red" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
                    {t('tasks.page.milestoneOverdue')}
                  </Tag>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
