import { Descriptions, type DescriptionsProps, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { formatDate } from './format';
import { DueDate, FlagText, TaskStatusTag } from './TaskTags';
import type { TaskDetail } from './types';

/** Where the task comes from and stands: outcome, owner, co-units, deadline, status, urges, 督办, acceptance. */
export function TaskFacts({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const urges =
    task.urgeCount === 0
      ? t('tasks.page.notUrged')
      : `${t('tasks.page.urgedTimes', { count: task.urgeCount })}${task.awaitsAnswer ? ` · ${t('tasks.page.awaitsAnswer')}` : ''}`;
  const items: DescriptionsProps['items'] = [
    {
      key: 'outcome',
      label: t('tasks.outcome'),
      children: (
        <Link to={`/outcomes/${task.outcome.id}`}>
          <span className="task-code">{task.outcome.code}</span> {task.outcome.title}
        </Link>
      ),
    },
    { key: 'owner', label: t('tasks.owner'), children: task.owner.displayName },
    {
      key: 'coUnits',
      label: t('tasks.coUnits'),
      children:
        task.coUnits.length > 0 ? (
          <Space size={[4, 4]} wrap>
            {task.coUnits.map((u) => (
              <Tag key={u}>{u}</Tag>
            ))}
          </Space>
        ) : (
          none
        ),
    },
    { key: 'due', label: t('tasks.dueAt'), children: <DueDate task={task} /> },
    {
      key: 'status',
      label: t('tasks.status'),
      children: (
        <Space size={4} wrap>
          <TaskStatusTag status={task.status} />
          {task.statusReason && <Typography.Text>{task.statusReason}</Typography.Text>}
        </Space>
      ),
    },
    { key: 'flag', label: t('tasks.flag'), children: <FlagText task={task} /> },
    { key: 'urges', label: t('tasks.urges'), children: urges },
    {
      key: 'escalated',
      label: t('tasks.escalatedTo'),
      children: task.escalatedTo?.displayName ?? t('tasks.page.notEscalated'),
    },
    { key: 'progress', label: t('tasks.lastProgressAt'), children: formatDateTime(task.lastProgressAt) || none },
    {
      key: 'created',
      label: t('tasks.createdBy'),
      children: `${task.createdBy?.displayName ?? none} · ${formatDate(task.createdAt)}`,
    },
  ];
  if (task.finishedAt) {
    items.push({ key: 'finished', label: t('tasks.finishedAt'), children: formatDateTime(task.finishedAt) });
  }
  if (task.acceptedAt) {
    items.push({
      key: 'accepted',
      label: t('tasks.acceptedBy'),
      children: `${task.acceptedBy?.displayName ?? none} · ${formatDateTime(task.acceptedAt)}`,
    });
  }
  return <Descriptions size="small" column={1} items={items} />;
}
