import {
  ApartmentOutlined,
  BankOutlined,
  CheckCircleOutlined,
  ClusterOutlined,
  MergeCellsOutlined,
  MessageOutlined,
  StopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '../auth/api';
import { MakeTopicButton, mayMakeTopic } from '../topics';
import { useSubmission } from './api';
import type { SubmissionActionName } from './types';

const icons = {
  to_grid: <ClusterOutlined />,
  to_community: <TeamOutlined />,
  to_township: <BankOutlined />,
  to_department: <ApartmentOutlined />,
  merge: <MergeCellsOutlined />,
  decline: <StopOutlined />,
  reply: <MessageOutlined />,
  solve: <CheckCircleOutlined />,
} as const satisfies Record<SubmissionActionName, ReactNode>;

type Props = { actions: readonly SubmissionActionName[]; onPick: (action: SubmissionActionName) => void };

/**
 * One button per step the status and the actor's role allow (the server's `allowedActions`), and
 * "转为议题" for an item sorted to a council (the submission is the page's, already loaded).
 */
export function SubmissionActions({ actions, onPick }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const submission = useSubmission(useParams().id).data;
  const makeTopic = submission && mayMakeTopic(me.data, submission);
  if (actions.length === 0 && !makeTopic) {
    return <Typography.Text type="secondary">{t('submissions.detail.noActions')}</Typography.Text>;
  }
  return (
    <Space wrap>
      {actions.map((a) => (
        <Button
          key={a}
          icon={icons[a]}
          type={a === 'solve' ? 'primary' : 'default'}
          danger={a === 'decline'}
          onClick={() => onPick(a)}
        >
          {t(`submissions.actions.${a}`)}
        </Button>
      ))}
      {makeTopic && <MakeTopicButton submissionId={submission.id} />}
    </Space>
  );
}
