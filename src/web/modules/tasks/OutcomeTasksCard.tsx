import './tasks.css';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Progress, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError, errorMessage } from '../../api/client';
import { useOutcomeTasks } from './api';
import { CreateTaskModal, type OutcomeForTasks } from './CreateTaskModal';
import { DueDate, FlagText, TaskStatusTag } from './TaskTags';
import type { TaskSummary } from './types';

/** 落实情况 on an outcome's page: its tasks, how many are accepted, and 新建任务 for the liaison. */
export function OutcomeTasksCard({ outcome }: { outcome: OutcomeForTasks }) {
  const { t } = useTranslation();
  const tasks = useOutcomeTasks(outcome.id);
  const [isCreating, setIsCreating] = useState(false);
  const items = tasks.data?.items ?? [];
  const accepted = items.filter((i) => i.status === 'accepted').length;
  // one who may read the outcome but not its tasks (the server's call) sees no card at all
  if (tasks.error instanceof ApiError && (tasks.error.status === 403 || tasks.error.status === 404)) return null;

  return (
    <Card
      size="small"
      title={t('tasks.card.title')}
      extra={
        tasks.data?.canCreate && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
            {t('tasks.card.create')}
          </Button>
        )
      }
    >
      {tasks.isPending && <Skeleton active paragraph={{ rows: 3 }} />}
      {tasks.isError && (
        <Alert type="error" showIcon title={t('tasks.card.failed')} description={errorMessage(tasks.error)} />
      )}
      {tasks.data && items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.card.empty')} />
      )}
      {items.length > 0 && (
        <>
          <Flex align="center" gap={12} className="outcome-tasks-progress">
            <Typography.Text>{t('tasks.card.progress', { accepted, total: items.length })}</Typography.Text>
            <Progress
              percent={Math.round((accepted / items.length) * 100)}
              size="small"
              showInfo={false}
              aria-label={t('tasks.card.progressLabel')}
              style={{ flex: 1, margin: 0 }}
            />
          </Flex>
          <ul className="outcome-tasks">
            {items.map((task) => (
              <OutcomeTaskRow key={task.id} task={task} />
            ))}
          </ul>
        </>
      )}
      <CreateTaskModal outcome={outcome} open={isCreating} onClose={() => setIsCreating(false)} />
    </Card>
  );
}

function OutcomeTaskRow({ task }: { task: TaskSummary }) {
  const { pathname } = useLocation();
  return (
    <li>
      <Flex gap={8} align="baseline" wrap>
        <Link to={`/tasks/${task.id}`} state={{ from: pathname }} className="task-code">
          {task.code}
        </Link>
        <Link to={`/tasks/${task.id}`} state={{ from: pathname }} className="outcome-task-title">
          {task.title}
        </Link>
        <TaskStatusTag status={task.status} />
      </Flex>
      <Flex gap={12} wrap className="outcome-task-meta">
        <span>{task.owner.displayName}</span>
        <DueDate task={task} />
        <FlagText task={task} />
      </Flex>
    </li>
  );
}
