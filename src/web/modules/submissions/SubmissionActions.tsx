import {
  ApartmentOutlined,
  BankOutlined,
  CheckCircleOutlined,
  ClusterOutlined,
  DownOutlined,
  EllipsisOutlined,
  MergeCellsOutlined,
  MessageOutlined,
  StopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '../auth/api';
import { MakeTopicButton, mayMakeTopic } from '../topics';
import { actionLayout } from './action-layout';
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
 * The steps the status and the actor's role allow (the server's `allowedActions`), laid out by
 * action-layout.ts: the usual next step primary, the rarer ones under 更多; and "转为议题" for an
 * item sorted to a council (the submission is the page's, already loaded).
 */
export function SubmissionActions({ actions, onPick }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const submission = useSubmission(useParams().id).data;
  const makeTopic = submission && mayMakeTopic(me.data, submission);
  if (!submission || (actions.length === 0 && !makeTopic)) {
    return <Typography.Text type="secondary">{t('submissions.detail.noActions')}</Typography.Text>;
  }
  const hasReply = submission.events.some((e) => e.kind === 'reply');
  const { primary, beside, more } = actionLayout(submission.status, actions, hasReply);
  const item = (a: SubmissionActionName) => ({
    key: a,
    icon: icons[a],
    danger: a === 'decline',
    label: t(`submissions.actions.${a}`),
  });
  const pick = ({ key }: { key: string }) => onPick(key as SubmissionActionName);
  return (
    <Space wrap>
      {primary?.kind === 'sort' && (
        <Dropdown menu={{ items: primary.targets.map(item), onClick: pick }} trigger={['click']}>
          <Button type="primary" icon={<DownOutlined />} iconPlacement="end">
            {t('submissions.detail.sort')}
          </Button>
        </Dropdown>
      )}
      {primary?.kind === 'step' && (
        <Button type="primary" icon={icons[primary.action]} onClick={() => onPick(primary.action)}>
          {t(`submissions.actions.${primary.action}`)}
        </Button>
      )}
      {beside.map((a) => (
        <Button key={a} icon={icons[a]} danger={a === 'decline'} onClick={() => onPick(a)}>
          {t(`submissions.actions.${a}`)}
        </Button>
      ))}
      {makeTopic && <MakeTopicButton submissionId={submission.id} />}
      {more.length > 0 && (
        <Dropdown menu={{ items: more.map(item), onClick: pick }} trigger={['click']}>
          <Button icon={<EllipsisOutlined />}>{t('submissions.detail.more')}</Button>
        </Dropdown>
      )}
    </Space>
  );
}
