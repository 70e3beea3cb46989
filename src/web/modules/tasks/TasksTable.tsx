import { BellOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FitColumn } from '../../ui/FitTable';
import { PagedTable } from '../../ui/PagedTable';
import { DueDate, FlagText, isOpen, TaskStatusTag } from './TaskTags';
import type { TaskFilters, TaskList, TaskSummary } from './types';

type Props = {
  data: TaskList | undefined;
  loading: boolean;
  filters: TaskFilters;
  /** The list's own URL, so the task page leads back to the same view. */
  from: string;
  onPage: (page: number, pageSize: number) => void;
  /** 催办 from the row (the board); left out on 我的任务. */
  onUrge?: (task: TaskSummary) => void;
  empty: string;
};

/** One page of tasks, fitting 1280 px without scrolling sideways; a row opens its task. */
export function TasksTable({ data, loading, filters, from, onPage, onUrge, empty }: Props) {
  const { t } = useTranslation();
  const columns: FitColumn<TaskSummary>[] = [
    {
      key: 'task',
      title: t('tasks.task'),
      render: (_, task) => (
        <>
          <Link to={`/tasks/${task.id}`} state={{ from }} className="task-cell-title" title={task.title}>
            {task.title}
          </Link>
          <span className="task-cell-sub">
            <span className="task-code">{task.code}</span> · {task.outcome.title}
          </span>
        </>
      ),
    },
    {
      key: 'owner',
      title: t('tasks.owner'),
      width: 160,
      render: (_, task) => (
        <Typography.Text
          ellipsis={{ tooltip: [task.owner.displayName, ...task.coUnits].join(t('tasks.listSeparator')) }}
        >
          {task.owner.displayName}
          {task.coUnits.length > 0 && <Typography.Text type="secondary"> +{task.coUnits.length}</Typography.Text>}
        </Typography.Text>
      ),
    },
    { key: 'due', title: t('tasks.dueAt'), width: 150, render: (_, task) => <DueDate task={task} /> },
    {
      key: 'status',
      title: t('tasks.status'),
      width: 100,
      fit: 'tag',
      render: (_, task) => <TaskStatusTag status={task.status} />,
    },
    { key: 'flag', title: t('tasks.flag'), width: 200, render: (_, task) => <FlagText task={task} /> },
  ];
  if (onUrge) {
    columns.push({
      key: 'urge',
      title: <span className="task-sr-only">{t('tasks.actions.urge')}</span>,
      width: 96,
      fit: 'actions',
      render: (_, task) =>
        isOpen(task.status) && (
          <Button
            size="small"
            icon={<BellOutlined />}
            aria-label={t('tasks.board.urgeRow', { code: task.code })}
            onClick={() => onUrge(task)}
          >
            {t('tasks.actions.urge')}
          </Button>
        ),
    });
  }
  return (
    <PagedTable<TaskSummary>
      className="task-table"
      columns={columns}
      data={data}
      loading={loading}
      paging={filters}
      onPage={onPage}
      empty={empty}
      rowHref={(task) => `/tasks/${task.id}`}
      rowState={{ from }}
    />
  );
}
