import { App, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { ProblemFields } from './ProblemFields';
import { type ProblemValues, toProblem } from './problem-form';
import type { ProblemInput } from './types';

type Props = {
  open: boolean;
  title: string;
  /** where the submission is filed */
  placeId: string;
  pending: boolean;
  /** files it; answers the tracking code to tell the user */
  submit: (input: ProblemInput) => Promise<string | undefined>;
  onClose: () => void;
};

/** 转为诉求: one problem raised in touch or on a reception day, filed as a submission. */
export function ProblemModal({ open, title, placeId, pending, submit, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProblemValues>();

  const onFinish = async (v: ProblemValues) => {
    try {
      const code = await submit(toProblem(v));
      message.success(t('contacts.problem.created', { code: code ?? '' }));
      onClose();
    } catch (err) {
      showFormError(form, err, message.error);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('contacts.problem.help')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <ProblemFields placeId={placeId} />
      </Form>
    </Modal>
  );
}
