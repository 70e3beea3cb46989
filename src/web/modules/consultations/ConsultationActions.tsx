import {
  CheckCircleOutlined,
  FlagOutlined,
  PlayCircleOutlined,
  ScheduleOutlined,
  StopOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { DownloadButton } from '../../ui/DownloadButton';
import { consultationUrl, useConsultationAction, useSelfSignIn } from './api';
import type { ConsultationDetail } from './types';

/** The steps the status and the viewer's abilities allow, the minutes, and the way on to an outcome. */
export function ConsultationActions({ consultation: c }: { consultation: ConsultationDetail }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const act = useConsultationAction(c.id);
  const signIn = useSelfSignIn(c.id);
  const [isCancelling, setIsCancelling] = useState(false);

  const start = () =>
    act.mutate(
      { action: 'start' },
      {
        onSuccess: () => message.success(t('consultations.detail.started')),
        onError: (err) => message.error(errorMessage(err)),
      },
    );

  // the server refuses (409) while required steps are open or no consensus is recorded: say which
  const conclude = () =>
    modal.confirm({
      title: t('consultations.detail.concludeConfirm'),
      content: t('consultations.detail.concludeText'),
      okText: t('consultations.detail.conclude'),
      cancelText: t('common.cancel'),
      onOk: () =>
        act.mutateAsync({ action: 'conclude' }).then(
          () => {
            message.success(t('consultations.detail.concluded'));
          },
          (err: unknown) => {
            modal.error({ title: t('consultations.detail.concludeFailed'), content: errorMessage(err) });
          },
        ),
    });

  const selfSignIn = () =>
    signIn.mutate(undefined, {
      onSuccess: () => message.success(t('consultations.detail.signedIn')),
      onError: (err) => message.error(errorMessage(err)),
    });

  return (
    <Space wrap>
      {c.abilities.signIn && (
        <Button type="primary" icon={<CheckCircleOutlined />} loading={signIn.isPending} onClick={selfSignIn}>
          {t('consultations.detail.signIn')}
        </Button>
      )}
      {c.abilities.start && (
        <Button type="primary" icon={<PlayCircleOutlined />} loading={act.isPending} onClick={start}>
          {t('consultations.detail.start')}
        </Button>
      )}
      {c.abilities.conclude && (
        <Button type="primary" icon={<FlagOutlined />} onClick={conclude}>
          {t('consultations.detail.conclude')}
        </Button>
      )}
      {c.abilities.cancel && (
        <Button danger icon={<StopOutlined />} onClick={() => setIsCancelling(true)}>
          {t('consultations.detail.cancel')}
        </Button>
      )}
      <DownloadButton
        url={consultationUrl(c.id, '/minutes.docx')}
        fileName={`${c.code}-${t('consultations.detail.minutesFile')}.docx`}
        label={t('consultations.detail.exportMinutes')}
      />
      {c.status === 'concluded' && (
        <Button icon={<TrophyOutlined />} onClick={() => navigate(`/outcomes?new=${c.id}`)}>
          {t('consultations.detail.makeOutcome')}
        </Button>
      )}
      {c.status === 'scheduled' && !c.abilities.start && !c.abilities.signIn && (
        <span className="muted">
          <ScheduleOutlined /> {t('consultations.detail.waiting')}
        </span>
      )}
      <CancelModal open={isCancelling} consultation={c} onClose={() => setIsCancelling(false)} />
    </Space>
  );
}

/** 取消协商, with the reason kept on the record. */
function CancelModal({
  open,
  consultation: c,
  onClose,
}: {
  open: boolean;
  consultation: ConsultationDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const act = useConsultationAction(c.id);
  const onFinish = ({ reason }: { reason: string }) =>
    act.mutate(
      { action: 'cancel', reason: reason.trim() },
      {
        onSuccess: () => {
          message.success(t('consultations.detail.cancelled'));
          onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );
  return (
    <Modal
      open={open}
      title={`${t('consultations.detail.cancel')} · ${c.code}`}
      okText={t('consultations.detail.cancel')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.close')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={act.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item
          name="reason"
          label={t('consultations.detail.cancelReason')}
          rules={[
            { required: true, whitespace: true, max: 500, message: t('consultations.detail.cancelReasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
