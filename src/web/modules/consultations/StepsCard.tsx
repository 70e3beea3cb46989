import { CheckOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Input, Modal, Popconfirm, Space, Steps, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useCompleteStep } from './api';
import type { ConsultationDetail, ConsultationStep } from './types';

/** 议事步骤: the procedure's steps walked one by one, each with who completed it, when, and what it produced. */
export function StepsCard({ consultation: c, isEditable }: { consultation: ConsultationDetail; isEditable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const complete = useCompleteStep(c.id);
  const [editing, setEditing] = useState<ConsultationStep>();
  const done = c.steps.filter((s) => s.completedAt).length;
  const next = c.steps.findIndex((s) => !s.completedAt);

  const undo = (s: ConsultationStep) =>
    complete.mutate({ stepId: s.id, completed: false }, { onError: (err) => message.error(errorMessage(err)) });

  return (
    <Card
      size="small"
      title={t('consultations.steps.title')}
      extra={
        c.steps.length > 0 && (
          <Typography.Text type="secondary">
            {c.procedureName ? `${c.procedureName} · ` : ''}
            {t('consultations.steps.progress', { done, total: c.steps.length })}
          </Typography.Text>
        )
      }
    >
      {c.steps.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consultations.steps.empty')} />
      ) : (
        <Steps
          orientation="vertical"
          size="small"
          current={next === -1 ? c.steps.length : next}
          items={c.steps.map((s, i) => ({
            key: s.id,
            status: s.completedAt ? 'finish' : i === next && c.status === 'in_progress' ? 'process' : 'wait',
            title: (
              <Space size={6}>
                <span>{s.name}</span>
                {s.isRequired && <Tag color="red">{t('consultations.steps.required')}</Tag>}
              </Space>
            ),
            content: (
              <div className="step-body">
                {s.output && <Typography.Paragraph className="pre-wrap step-output">{s.output}</Typography.Paragraph>}
                {s.completedAt && (
                  <Typography.Text type="secondary" className="step-meta">
                    {t('consultations.steps.completedBy', {
                      name: s.completedBy?.displayName ?? t('common.none'),
                      time: formatDateTime(s.completedAt),
                    })}
                  </Typography.Text>
                )}
                {isEditable && (
                  <Space size={4} className="step-actions">
                    {s.completedAt ? (
                      <>
                        <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(s)}>
                          {t('consultations.steps.editOutput')}
                        </Button>
                        <Popconfirm
                          title={t('consultations.steps.undoConfirm', { name: s.name })}
                          okText={t('consultations.steps.undo')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => undo(s)}
                        >
                          <Button size="small" type="link" icon={<UndoOutlined />}>
                            {t('consultations.steps.undo')}
                          </Button>
                        </Popconfirm>
                      </>
                    ) : (
                      <Button size="small" icon={<CheckOutlined />} onClick={() => setEditing(s)}>
                        {t('consultations.steps.complete')}
                      </Button>
                    )}
                  </Space>
                )}
              </div>
            ),
          }))}
        />
      )}
      <StepModal consultationId={c.id} step={editing} onClose={() => setEditing(undefined)} />
    </Card>
  );
}

/** Marks a step complete with what it produced (or corrects that text). */
function StepModal({
  consultationId,
  step,
  onClose,
}: {
  consultationId: string;
  step: ConsultationStep | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const complete = useCompleteStep(consultationId);
  const [output, setOutput] = useState('');
  useEffect(() => setOutput(step?.output ?? ''), [step]);
  const save = () => {
    if (!step) return;
    complete.mutate(
      { stepId: step.id, completed: true, output: output.trim() || undefined },
      {
        onSuccess: () => {
          message.success(t('consultations.steps.saved', { name: step.name }));
          onClose();
        },
        onError: (err) => message.error(errorMessage(err)),
      },
    );
  };
  return (
    <Modal
      open={step !== undefined}
      title={t('consultations.steps.modalTitle', { name: step?.name ?? '' })}
      okText={t('consultations.steps.complete')}
      cancelText={t('common.cancel')}
      onOk={save}
      onCancel={onClose}
      confirmLoading={complete.isPending}
      destroyOnHidden
    >
      <label htmlFor="step-output" className="field-label">
        {t('consultations.steps.output')}
      </label>
      <Input.TextArea
        id="step-output"
        value={output}
        onChange={(e) => setOutput(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 10 }}
        maxLength={2000}
        showCount
        placeholder={t('consultations.steps.outputPlaceholder')}
      />
    </Modal>
  );
}
