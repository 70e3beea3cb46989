import './tasks.css';
import { Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useRecordTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { useMe } from '../auth/api';
import { useTask } from './api';
import { EditTaskModal } from './EditTaskModal';
import { FilesView } from './FilesView';
import { MilestonesCard } from './MilestonesCard';
import { mayUseBoard } from './roles';
import { SupervisionSheetButton } from './SupervisionSheetButton';
import { TaskActionBar } from './TaskActionBar';
import { TaskActionModal } from './TaskActionModal';
import { TaskFacts } from './TaskFacts';
import { FlagText, TaskStatusTag } from './TaskTags';
import { TaskTimeline } from './TaskTimeline';
import type { TaskAction, TaskDetail } from './types';

type Back = { to: string; label: 'backBoard' | 'backMine' | 'backOutcome' };

/** The way back: to the list (as it was filtered) or the outcome the task was opened from. */
function useBack(): Back {
  const from = (useLocation().state as { from?: string } | null)?.from;
  const me = useMe();
  if (from?.startsWith('/supervision')) return { to: from, label: 'backBoard' };
  if (from?.startsWith('/tasks')) return { to: from, label: 'backMine' };
  if (from?.startsWith('/outcomes/')) return { to: from, label: 'backOutcome' };
  return mayUseBoard(me.data) ? { to: '/supervision', label: 'backBoard' } : { to: '/tasks', label: 'backMine' };
}

/** /tasks/:id — one task (落实任务): facts, timetable, timeline, and the steps the viewer may take. */
export default function TaskPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useTask(id);
  const back = useBack();
  useRecordTitle(detail.data?.code, t('tasks.title'));

  return (
    <DetailPage backTo={back.to} backLabel={t(`tasks.page.${back.label}`)} backState={null} detail={detail}>
      {detail.data && <TaskBody key={detail.data.id} task={detail.data} />}
    </DetailPage>
  );
}

function TaskBody({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const [action, setAction] = useState<TaskAction>();
  const [isEditing, setIsEditing] = useState(false);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} className="page-title task-title">
          <span className="task-code">{task.code}</span>
          {task.title}
        </Typography.Title>
        <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
          <TaskStatusTag status={task.status} />
          <FlagText task={task} />
          <span className="task-sheet">
            <SupervisionSheetButton task={task} />
          </span>
        </Flex>
        <TaskActionBar task={task} viewerId={me.data?.id} onPick={setAction} onEdit={() => setIsEditing(true)} />
      </div>
      <div className="task-columns">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={t('tasks.detail')}>
            <Typography.Paragraph className="task-text">{task.detail || t('common.none')}</Typography.Paragraph>
            {task.consensusItem && (
              <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
                <Typography.Text type="secondary">{t('tasks.consensusItem')}</Typography.Text> {task.consensusItem.text}
              </Typography.Paragraph>
            )}
          </Card>
          <MilestonesCard task={task} />
          <Card size="small" title={t('tasks.page.timeline')}>
            <TaskTimeline events={task.events} />
          </Card>
        </Space>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={t('tasks.page.facts')}>
            <TaskFacts task={task} />
          </Card>
          <Card size="small" title={t('tasks.page.files')}>
            {task.files.length > 0 ? (
              <FilesView files={task.files} />
            ) : (
              <Typography.Text type="secondary">{t('tasks.page.noFiles')}</Typography.Text>
            )}
          </Card>
        </Space>
      </div>
      <TaskActionModal
        task={task}
        action={action}
        canUpload={task.abilities.upload}
        onClose={() => setAction(undefined)}
      />
      <EditTaskModal task={task} open={isEditing} onClose={() => setIsEditing(false)} />
    </Space>
  );
}
