import { Alert, App, Form, Modal, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { useCreateOutcome, useSourceConsultation } from './api';
import { OutcomeFields, useDefaultTitle, useTitleFollowsType } from './OutcomeFields';
import type { OutcomeInput } from './types';

type Props = { consultationId: string | undefined; onClose: () => void };

/** 形成协商成果: opened from a concluded consultation (/outcomes?new=<id>); saves a draft and opens it. */
export function CreateOutcomeModal({ consultationId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<OutcomeInput>();
  const source = useSourceConsultation(consultationId);
  const create = useCreateOutcome();
  const defaultTitle = useDefaultTitle();
  const c = source.data;
  const isReady = c?.status === 'concluded';
  const onValuesChange = useTitleFollowsType(form, c?.topic.title ?? '');

  const onFinish = (v: OutcomeInput) => {
    if (!c) return;
    create.mutate(
      { ...v, body: v.body ?? '', consensusItemIds: v.consensusItemIds ?? [], consultationId: c.id },
      {
        onSuccess: (o) => {
          message.success(t('outcomes.create.done'));
          onClose();
          navigate(`/outcomes/${o.id}`);
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );
  };

  return (
    <Modal
      open={Boolean(consultationId)}
      title={t('outcomes.create.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('outcomes.create.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !isReady }}
      confirmLoading={create.isPending}
      width={760}
      destroyOnHidden
    >
      {source.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {source.isError && <Alert type="error" showIcon title={errorMessage(source.error)} />}
      {c && !isReady && <Alert type="warning" showIcon title={t('outcomes.create.notConcluded')} />}
      {c && isReady && (
        <>
          <Typography.Paragraph type="secondary">
            {t('outcomes.create.from', { code: c.code, title: c.title })}
          </Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            onFinish={onFinish}
            onValuesChange={onValuesChange}
            preserve={false}
            initialValues={{
              type: 'recommendation',
              title: defaultTitle(c.topic.title, 'recommendation'),
              body: '',
              consensusItemIds: c.consensus.map((i) => i.id),
            }}
          >
            <OutcomeFields consensus={c.consensus} />
          </Form>
        </>
      )}
    </Modal>
  );
}
