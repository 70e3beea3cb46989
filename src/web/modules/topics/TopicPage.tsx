import './topics.css';
import { EditOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useRecordTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { CaseFileCard } from '../outcomes';
import { useTopic, useTopicAction } from './api';
import { ConsultationsCard } from './ConsultationsCard';
import { EditTopicModal } from './EditTopicModal';
import { LinkedSubmissionsCard } from './LinkedSubmissionsCard';
import { PlanCard } from './PlanCard';
import { ScreeningCard } from './ScreeningCard';
import { SourceTag, TopicStatusTag, UrgencyTag } from './TopicTags';
import type { TopicDetail } from './types';
import { WithdrawModal } from './WithdrawModal';

/** /topics/:id — one topic: what it is, the submissions behind it, its screening, plan and consultations. */
export default function TopicPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useTopic(id);
  useRecordTitle(detail.data?.code, t('topics.title'));

  return (
    <DetailPage backTo="/topics" backLabel={t('topics.detail.back')} backClassName="topic-back-link" detail={detail}>
      {detail.data && <TopicBody key={detail.data.id} topic={detail.data} />}
    </DetailPage>
  );
}

function TopicBody({ topic }: { topic: TopicDetail }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const act = useTopicAction(topic.id);
  const reopen = () =>
    modal.confirm({
      title: t('topics.detail.reopenTitle', { title: topic.title }),
      content: t('topics.detail.reopenText'),
      okText: t('topics.detail.reopen'),
      cancelText: t('common.cancel'),
      onOk: () =>
        act.mutateAsync({ action: 'reopen' }).then(
          () => message.success(t('topics.detail.reopened')),
          (err) => message.error(errorMessage(err)),
        ),
    });
  const a = topic.abilities;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex align="center" gap={12} wrap>
        <Typography.Text copyable className="topic-code">
          {topic.code}
        </Typography.Text>
        <Typography.Title level={1} className="page-title topic-title">
          {topic.title}
        </Typography.Title>
        <TopicStatusTag status={topic.status} />
        <UrgencyTag urgency={topic.urgency} />
        <SourceTag source={topic.source} />
      </Flex>
      {(a.edit || a.withdraw || a.reopen) && (
        <Space wrap>
          {a.edit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('topics.detail.edit')}
            </Button>
          )}
          {a.withdraw && (
            <Button danger icon={<StopOutlined />} onClick={() => setWithdrawing(true)}>
              {t('topics.detail.withdraw')}
            </Button>
          )}
          {a.reopen && (
            <Button icon={<RollbackOutlined />} onClick={reopen} loading={act.isPending}>
              {t('topics.detail.reopen')}
            </Button>
          )}
        </Space>
      )}
      <Card size="small" title={t('topics.detail.about')}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('topics.place')}>{topic.place.name}</Descriptions.Item>
          <Descriptions.Item label={t('topics.proposedBy')}>
            {topic.proposedBy?.displayName ?? t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('topics.createdAt')}>{formatDateTime(topic.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('topics.updatedAt')}>{formatDateTime(topic.updatedAt)}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph className="topic-description">
          {topic.description || <Typography.Text type="secondary">{t('topics.detail.noDescription')}</Typography.Text>}
        </Typography.Paragraph>
      </Card>
      <LinkedSubmissionsCard topic={topic} />
      <div className="topic-columns">
        <ScreeningCard topic={topic} />
        <PlanCard topic={topic} />
      </div>
      <ConsultationsCard topic={topic} />
      <CaseFileCard kind="topic" id={topic.id} />
      <EditTopicModal topic={topic} open={editing} onClose={() => setEditing(false)} />
      <WithdrawModal topic={topic} open={withdrawing} onClose={() => setWithdrawing(false)} />
    </Space>
  );
}
