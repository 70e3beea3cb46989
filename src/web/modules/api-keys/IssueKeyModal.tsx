import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { PlacePicker } from '../places/PlacePicker';
import { type IssuedApiKey, useIssueApiKey } from './api';

type Values = { name: string; placeId: string };

/** 签发密钥: name the partner and its place; the answer's secret is shown here once, with a copy button. */
export function IssueKeyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const issue = useIssueApiKey();
  const [issued, setIssued] = useState<IssuedApiKey | null>(null);
  const close = () => {
    setIssued(null);
    form.resetFields();
    issue.reset();
    onClose();
  };
  const copy = async (secret: string) => {
    await navigator.clipboard.writeText(secret);
    message.success(t('apiKeys.issued.copied'));
  };

  if (issued)
    return (
      <Modal
        open={open}
        title={t('apiKeys.issued.title')}
        onCancel={close}
        maskClosable={false}
        footer={<Button onClick={close}>{t('apiKeys.issued.done')}</Button>}
      >
        <Alert type="warning" showIcon message={t('apiKeys.issued.warning')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph code style={{ wordBreak: 'break-all' }} aria-label={t('apiKeys.columns.prefix')}>
          {issued.secret}
        </Typography.Paragraph>
        <Button type="primary" onClick={() => copy(issued.secret)}>
          {t('apiKeys.issued.copy')}
        </Button>
      </Modal>
    );

  return (
    <Modal
      open={open}
      title={t('apiKeys.issue')}
      onCancel={close}
      okText={t('apiKeys.issue')}
      confirmLoading={issue.isPending}
      onOk={() => form.submit()}
    >
      {issue.error && <Alert type="error" showIcon message={errorMessage(issue.error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => issue.mutate(v, { onSuccess: setIssued })}>
        <Form.Item
          name="name"
          label={t('apiKeys.form.name')}
          rules={[{ required: true, whitespace: true, max: 60, message: t('apiKeys.form.nameRequired') }]}
        >
          <Input placeholder={t('apiKeys.form.namePlaceholder')} maxLength={60} />
        </Form.Item>
        <Form.Item
          name="placeId"
          label={t('apiKeys.form.place')}
          rules={[{ required: true, message: t('apiKeys.form.placeRequired') }]}
        >
          <PlacePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
