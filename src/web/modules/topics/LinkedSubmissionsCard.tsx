import { LinkOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Modal, Popconfirm, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { formatDateTime } from '../../lib/format';
import { useLinkSubmissions, useUnlinkSubmission } from './api';
import { CandidatePicker } from './CandidatePicker';
import type { SubmissionBrief, TopicDetail } from './types';

/** The submissions behind the topic (what residents raised), each a link; linked and unlinked while it is shaped. */
export function LinkedSubmissionsCard({ topic }: { topic: TopicDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [linking, setLinking] = useState(false);
  const unlink = useUnlinkSubmission(topic.id);
  const canEdit = topic.abilities.edit;

  const columns: TableColumnsType<SubmissionBrief> = [
    {
      key: 'code',
      title: t('topics.trackingCode'),
      render: (_, s) => (
        <Link to={`/submissions/${s.id}`} className="topic-code">
          {s.trackingCode}
        </Link>
      ),
    },
    {
      key: 'content',
      title: t('topics.content'),
      render: (_, s) => (
        <Typography.Text ellipsis={{ tooltip: s.content }} style={{ maxWidth: 320 }}>
          {s.content}
        </Typography.Text>
      ),
    },
    { key: 'status', title: t('topics.status'), render: (_, s) => <Tag>{t(`submissions.statuses.${s.status}`)}</Tag> },
    { key: 'place', title: t('topics.submissionPlace'), render: (_, s) => s.place.name },
    { key: 'created', title: t('topics.createdAt'), render: (_, s) => formatDateTime(s.createdAt) },
  ];
  if (canEdit) {
    columns.push({
      key: 'unlink',
      title: t('topics.detail.actions'),
      render: (_, s) => (
        <Popconfirm
          title={t('topics.detail.unlinkConfirm', { code: s.trackingCode })}
          okText={t('topics.detail.unlink')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            unlink.mutateAsync(s.id).then(
              () => message.success(t('topics.detail.unlinked')),
              (err) => message.error(errorMessage(err)),
            )
          }
        >
          <Button size="small" danger type="link">
            {t('topics.detail.unlink')}
          </Button>
        </Popconfirm>
      ),
    });
  }

  return (
    <Card
      size="small"
      title={t('topics.detail.submissions', { count: topic.submissions.length })}
      extra={
        canEdit && (
          <Button size="small" icon={<LinkOutlined />} onClick={() => setLinking(true)}>
            {t('topics.detail.link')}
          </Button>
        )
      }
    >
      <Table<SubmissionBrief>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={topic.submissions}
        pagination={topic.submissions.length > 10 ? { pageSize: 10, size: 'small' } : false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('topics.detail.noSubmissions')} />,
        }}
      />
      <LinkModal topic={topic} open={linking} onClose={() => setLinking(false)} />
    </Card>
  );
}

function LinkModal({ topic, open, onClose }: { topic: TopicDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ submissionIds: string[] }>();
  const link = useLinkSubmissions(topic.id);
  const onFinish = (v: { submissionIds: string[] }) =>
    link.mutate(v.submissionIds, {
      onSuccess: () => {
        message.success(t('topics.detail.linked', { count: v.submissionIds.length }));
        onClose();
      },
      onError: (err) => showFormError(form, err, message.error),
    });
  return (
    <Modal
      open={open}
      title={t('topics.detail.linkTitle', { code: topic.code })}
      okText={t('topics.detail.link')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={link.isPending}
      width={760}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false} initialValues={{ submissionIds: [] }}>
        <Form.Item
          name="submissionIds"
          label={t('topics.create.submissions')}
          rules={[{ required: true, type: 'array', min: 1, message: t('topics.create.submissionsRequired') }]}
        >
          <CandidatePicker placeId={topic.place.id} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
