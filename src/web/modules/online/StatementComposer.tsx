import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { usePostStatement } from './api';

const MIN = 5;
const MAX = 140;

/** Posts a statement in the signed-in person's name (5–140 characters); closed outside the window. */
export function StatementComposer({ consultationId, canPost }: { consultationId: string; canPost: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const post = usePostStatement(consultationId);
  if (!canPost) return <Alert type="info" showIcon title={t('online.compose.closed')} />;

  const onFinish = ({ text }: { text: string }) =>
    post.mutate(text.trim(), {
      onSuccess: () => {
        message.success(t('online.compose.posted'));
        form.resetFields();
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  return (
    <Form form={form} layout="vertical" onFinish={onFinish}>
      <Form.Item
        name="text"
        rules={[{ required: true, whitespace: true, min: MIN, max: MAX, transform: (v: string) => v?.trim() }]}
      >
        <Input.TextArea
          rows={2}
          maxLength={MAX}
          showCount
          aria-label={t('online.compose.title')}
          placeholder={t('online.compose.placeholder')}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={post.isPending}>
        {t('online.compose.submit')}
      </Button>
    </Form>
  );
}
