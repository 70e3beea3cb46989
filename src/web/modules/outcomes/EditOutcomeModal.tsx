import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { useSourceConsultation, useUpdateOutcome } from './api';
import { OutcomeFields, useTitleFollowsType } from './OutcomeFields';
import type { OutcomeDetail, OutcomeInput } from './types';

type Props = { outcome: OutcomeDetail; open: boolean; onClose: () => void };

/** Edits a draft: type, title, body and which of the consultation's consensus items it carries. */
export function EditOutcomeModal({ outcome: o, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OutcomeInput>();
  const update = useUpdateOutcome(o.id);
  // every consensus item of the consultation, to tick more or fewer; the outcome's own while loading
  const source = useSourceConsultation(open ? o.consultation.id : undefined);
  const onValuesChange = useTitleFollowsType(form, o.topic.title);

  const onFinish = (v: OutcomeInput) =>
    update.mutate(
      { ...v, body: v.body ?? '', consensusItemIds: v.consensusItemIds ?? [] },
      {
        onSuccess: () => {
          message.success(t('outcomes.detail.saved'));
          onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  return (
    <Modal
      open={open}
      title={`${t('outcomes.detail.editTitle')} · ${o.code}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      width={760}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        preserve={false}
        initialValues={{
          type: o.type,
          title: o.title,
          body: o.body,
          consensusItemIds: o.consensus.map((c) => c.id),
        }}
      >
        <OutcomeFields consensus={source.data?.consensus ?? o.consensus} />
      </Form>
    </Modal>
  );
}
