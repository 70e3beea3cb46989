import { App, Form, type FormInstance, type FormProps, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../api/form-errors';

type Props<V> = {
  open?: boolean;
  title: ReactNode;
  /** The confirming button's words (保存 unless given), red where the step cannot be undone. */
  okText?: string;
  isDanger?: boolean;
  width?: number;
  /** A word above the form on what the step does. */
  help?: ReactNode;
  onClose: () => void;
  /** The write: it resolves when done, or rejects with the server's refusal, shown on the fields it names. */
  submit: (values: V) => Promise<unknown>;
  isPending: boolean;
  /** What the toast says once done; the dialog then closes. */
  doneText: string;
  initialValues?: FormProps<V>['initialValues'];
  /** The form, where the caller watches its fields; else one of its own. */
  form?: FormInstance<V>;
  /** The form's items. */
  children: ReactNode;
};

/** A dialog that is one form: it sends on OK, says when it is done and closes, or marks what the server refused. */
export function FormModal<V>({
  open = true,
  title,
  okText,
  isDanger,
  width,
  help,
  onClose,
  submit,
  isPending,
  doneText,
  initialValues,
  form: given,
  children,
}: Props<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>(given);
  const onFinish = (values: V) =>
    submit(values).then(
      () => {
        message.success(doneText);
        onClose();
      },
      (err: unknown) => showFormError(form, err, message.error),
    );
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.save')}
      okButtonProps={isDanger ? { danger: true } : undefined}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={isPending}
      width={width}
      destroyOnHidden
    >
      {help && <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>}
      <Form<V> form={form} layout="vertical" onFinish={onFinish} preserve={false} initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}
