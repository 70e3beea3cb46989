import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { endOfPickedDay, pickerToday } from '../../lib/deployment-day';
import { useRecordRevisit } from './api';
import { LIMITS } from './constants';
import { formatDay } from './format';
import { RevisitPhotos } from './RevisitPhotos';
import { defaultDueDay, NEW_DEADLINE_DAYS, type RevisitFormValues, toRecordInput } from './revisit-form';
import type { OutcomeRevisits } from './types';

type Props = { revisits: OutcomeRevisits; open: boolean; onClose: () => void };

// days are the deployment's (Beijing's), whatever the browser's zone
const afterToday = (d: Dayjs) => d.isAfter(pickerToday(), 'day');
const beforeToday = (d: Dayjs) => d.isBefore(pickerToday(), 'day');

/**
 * 记录回头看: the day of the visit, what was found, residents' view, photos, and whether the
 * problem came back — then which task reopens and its new deadline (a month on unless another day
 * is picked; asked again before it goes), else an optional next revisit.
 */
export function RecordRevisitModal({ revisits, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<RevisitFormValues>();
  const save = useRecordRevisit(revisits.outcome.id);
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [isUploading, setIsUploading] = useState(false);
  const isProblemBack = Form.useWatch('isProblemBack', form);
  const tasks = revisits.reopenableTasks;

  const close = () => {
    setPhotoIds([]);
    setIsUploading(false);
    onClose();
  };

  const send = (v: RevisitFormValues) =>
    save.mutateAsync(toRecordInput(v, photoIds, Date.now()), {
      onSuccess: () => {
        message.success(t('revisits.form.saved'));
        close();
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  const onFinish = (v: RevisitFormValues) => {
    if (isUploading) return message.warning(t('revisits.form.waitUploads'));
    if (!v.isProblemBack) return void send(v).catch(() => undefined);
    const task = tasks.find((x) => x.id === v.taskId);
    modal.confirm({
      title: t('revisits.form.reopenTitle'),
      content: t('revisits.form.reopenText', {
        task: task ? `${task.code} ${task.title}` : '',
        dueAt: v.dueAt ? formatDay(endOfPickedDay(v.dueAt)) : '',
      }),
      okText: t('revisits.form.reopen'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => send(v).catch(() => undefined),
    });
  };

  return (
    <Modal
      open={open}
      title={`${t('revisits.form.title')} · ${revisits.outcome.code}`}
      okText={t('revisits.form.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={600}
    >
      <p className="revisit-form-about">{revisits.outcome.title}</p>
      <Form<RevisitFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        // one task to reopen is the one: chosen already
        initialValues={{
          visitedAt: pickerToday(),
          isProblemBack: false,
          taskId: tasks.length === 1 ? tasks[0]?.id : undefined,
          dueAt: defaultDueDay(),
        }}
      >
        <Form.Item
          name="visitedAt"
          label={t('revisits.form.visitedAt')}
          rules={[{ required: true, message: t('revisits.form.visitedAtRequired') }]}
        >
          <DatePicker disabledDate={afterToday} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="findings"
          label={t('revisits.form.findings')}
          rules={[
            { required: true, whitespace: true, message: t('revisits.form.findingsRequired') },
            { min: 2, max: LIMITS.findings },
          ]}
        >
          <Input.TextArea
            rows={4}
            maxLength={LIMITS.findings}
            showCount
            placeholder={t('revisits.form.findingsPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="residentsView"
          label={t('revisits.form.residentsView')}
          rules={[{ max: LIMITS.residentsView }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={LIMITS.residentsView}
            showCount
            placeholder={t('revisits.form.residentsViewPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="isProblemBack" label={t('revisits.form.isProblemBack')}>
          <Radio.Group
            options={[
              { value: false, label: t('revisits.form.notBack') },
              { value: true, label: t('revisits.form.back') },
            ]}
          />
        </Form.Item>
        {isProblemBack ? (
          <>
            <Form.Item
              name="taskId"
              label={t('revisits.form.task')}
              extra={t('revisits.form.taskHelp')}
              rules={[{ required: true, message: t('revisits.form.taskRequired') }]}
            >
              <Select
                options={tasks.map((x) => ({
                  value: x.id,
                  label: `${x.code} ${x.title}（${x.owner.displayName}）`,
                }))}
                notFoundContent={t('revisits.form.noTasks')}
                optionRender={(o) => <span className="revisit-task-option">{o.label}</span>}
              />
            </Form.Item>
            <Form.Item
              name="dueAt"
              label={t('revisits.form.dueAt')}
              extra={t('revisits.form.dueAtHelp', { days: NEW_DEADLINE_DAYS })}
              rules={[{ required: true, message: t('revisits.form.dueAtRequired') }]}
            >
              <DatePicker disabledDate={beforeToday} style={{ width: 200 }} />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="nextReviewAt"
            label={t('revisits.form.nextReviewAt')}
            extra={t('revisits.form.nextReviewHelp')}
          >
            <DatePicker disabledDate={beforeToday} style={{ width: 200 }} />
          </Form.Item>
        )}
        <Form.Item label={t('revisits.form.photos')} extra={t('revisits.form.photosHelp', { count: LIMITS.photos })}>
          <RevisitPhotos outcomeId={revisits.outcome.id} onChange={setPhotoIds} onBusyChange={setIsUploading} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
