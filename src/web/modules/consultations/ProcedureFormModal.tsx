import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { PlacePicker } from '../places';
import { useCreateProcedure, useUpdateProcedure } from './api';
import { StepsEditor } from './StepsEditor';
import { type DraftStep, hasIssues, stepIssues, toDraftSteps, toProcedureSteps } from './steps-editor';
import type { Procedure } from './types';

type Mode = { type: 'create' } | { type: 'edit'; procedure: Procedure };
type Values = { placeId?: string; name: string; description?: string; steps: DraftStep[] };

const STARTER: DraftStep[] = [{ key: 'first', name: '', isRequired: true, hint: '', phase: 'meeting' }];

/** A place's own procedure (议事规程): its name, what it is for, and its ordered steps. */
export function ProcedureFormModal({ open, mode, onClose }: { open: boolean; mode: Mode; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateProcedure();
  const update = useUpdateProcedure();
  const editing = mode.type === 'edit' ? mode.procedure : undefined;
  const [isChecked, setIsChecked] = useState(false); // a save was tried: mark the steps' problems

  // the server names a step's problem `steps.2.name`: show it on the steps editor
  const onError = (err: unknown) => showFormError(form, stepsFieldOf(err), message.error);
  const onFinish = (v: Values) => {
    setIsChecked(true);
    const body = { name: v.name.trim(), description: v.description?.trim() || null, steps: toProcedureSteps(v.steps) };
    const done = () => {
      message.success(t(editing ? 'common.saved' : 'consultations.procedureForm.created', { name: body.name }));
      onClose();
    };
    if (editing) update.mutate({ id: editing.id, body }, { onSuccess: done, onError });
    else create.mutate({ ...body, placeId: v.placeId ?? '' }, { onSuccess: done, onError });
  };

  return (
    <Modal
      open={open}
      title={t(editing ? 'consultations.procedureForm.editTitle' : 'consultations.procedureForm.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setIsChecked(false)}
      confirmLoading={create.isPending || update.isPending}
      width={640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="procedure"
        layout="vertical"
        onFinish={onFinish}
        onFinishFailed={() => setIsChecked(true)}
        preserve={false}
        initialValues={
          editing
            ? {
                name: editing.name,
                description: editing.description ?? undefined,
                steps: toDraftSteps(editing.steps, (i) => `${editing.id}-${i}`),
              }
            : { steps: STARTER }
        }
      >
        {editing ? (
          <Form.Item label={t('consultations.procedureForm.place')}>{editing.place?.name}</Form.Item>
        ) : (
          <Form.Item
            name="placeId"
            label={t('consultations.procedureForm.place')}
            extra={t('consultations.procedureForm.placeHelp')}
            rules={[{ required: true, message: t('consultations.procedureForm.placeRequired') }]}
          >
            <PlacePicker />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('consultations.procedureForm.name')}
          rules={[
            { required: true, whitespace: true, max: 40, message: t('consultations.procedureForm.nameRequired') },
          ]}
        >
          <Input maxLength={40} placeholder={t('consultations.procedureForm.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="description" label={t('consultations.procedureForm.description')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="steps"
          label={t('consultations.procedureForm.steps')}
          extra={t('consultations.procedureForm.stepsHelp')}
          // the message shows below; only the rows at fault turn red, not every input in the editor
          validateStatus=""
          rules={[
            {
              validator: (_rule, steps: DraftStep[] = []) => {
                const issues = stepIssues(steps);
                if (!hasIssues(issues)) return Promise.resolve();
                const key = issues.list ?? 'fixNames';
                return Promise.reject(new Error(t(`consultations.procedureForm.listIssues.${key}`)));
              },
            },
          ]}
        >
          <StepsEditor showIssues={isChecked} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function stepsFieldOf(err: unknown) {
  if (!(err instanceof ApiError)) return err;
  const toSteps = (path: string) => (path.startsWith('steps.') ? 'steps' : path);
  return new ApiError(
    err.status,
    err.code,
    err.message,
    err.fields.map((f) => ({ ...f, path: toSteps(f.path) })),
    err.field === undefined ? undefined : toSteps(err.field),
    err.rows,
  );
}
