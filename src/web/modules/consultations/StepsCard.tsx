import { CheckOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Input, Modal, Popconfirm, Space, Steps, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useCompleteStep } from './api';
import { isRecordOpen } from './record-rules';
import type { ConsultationDetail, ConsultationStep } from './types';

/**
 * 议事步骤: the procedure's steps walked one by one, each with who completed it, when, and what it
 * produced. Steps held after the meeting (跟踪落实, 办事 …) are not walked here: the outcome's
 * tasks carry them out, so they show where that happens.
 */
export function StepsCard({ consultation: c, isEditable }: { consultation: ConsultationDetail; isEditable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const complete = useCompleteStep(c.id);
  const [editing, setEditing] = useState<ConsultationStep>();
  const meeting = c.steps.filter((s) => s.phase === 'meeting');
  const done = meeting.filter((s) => s.completedAt).length;
  const next = c.steps.findIndex((s) => s.phase === 'meeting' && !s.completedAt);

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
            {t('consultations.steps.progress', { done, total: meeting.length })}
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
                {s.phase === 'after' && <Tag>{t('consultations.steps.after')}</Tag>}
              </Space>
            ),
            content:
              s.phase === 'after' ? (
                <AfterMeeting consultation={c} />
              ) : (
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

/** 会后由成果落实任务完成: where a step after the meeting is carried out — the outcomes drawn from it. */
function AfterMeeting({ consultation: c }: { consultation: ConsultationDetail }) {
  const { t } = useTranslation();
  return (
    <div className="step-body step-after">
      <Typography.Text type="secondary">{t('consultations.steps.afterNote')}</Typography.Text>
      {c.outcomes.length > 0 ? (
        <div className="step-outcomes">
          <Typography.Text type="secondary">{t('consultations.steps.afterOutcomes')}</Typography.Text>
          {c.outcomes.map((o) => (
            <Link key={o.id} to={`/outcomes/${o.id}`}>
              <span className="record-code">{o.code}</span> {o.title}
            </Link>
          ))}
        </div>
      ) : (
        isRecordOpen(c.status) && (
          <Typography.Text type="secondary" className="step-meta">
            {t('consultations.steps.afterNoOutcome')}
          </Typography.Text>
        )
      )}
    </div>
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
