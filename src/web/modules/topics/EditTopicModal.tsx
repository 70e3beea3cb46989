import { App, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { TOPIC_URGENCIES, type TopicUrgency } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { useUpdateTopic } from './api';
import type { TopicDetail } from './types';

type Values = { title: string; description: string; urgency: TopicUrgency };

/** Reword the topic or change its urgency, while it is still proposed or accepted. */
export function EditTopicModal({ topic, open, onClose }: { topic: TopicDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateTopic(topic.id);

  const onFinish = (v: Values) =>
    update.mutate(
      { title: v.title.trim(), description: v.description?.trim() ?? '', urgency: v.urgency },
      {
        onSuccess: () => {
          message.success(t('common.saved'));
          onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  return (
    <Modal
      open={open}
      title={t('topics.detail.editTitle', { code: topic.code })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{ title: topic.title, description: topic.description, urgency: topic.urgency }}
      >
        <Form.Item
          name="title"
          label={t('topics.titleField')}
          rules={[{ required: true, whitespace: true, min: 4, max: 80, message: t('topics.create.titleRequired') }]}
        >
          <Input maxLength={80} showCount />
        </Form.Item>
        <Form.Item name="description" label={t('topics.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="urgency" label={t('topics.urgency')}>
          <Radio.Group
            optionType="button"
            options={TOPIC_URGENCIES.map((u) => ({ value: u, label: t(`topics.urgencies.${u}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
