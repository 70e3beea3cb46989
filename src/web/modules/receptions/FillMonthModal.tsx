import { Alert, App, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECEPTION_LIMITS } from '../../../shared/api/receptions';
import { showFormError } from '../../api/form-errors';
import { PlacePicker } from '../places';
import { useFillMonth } from './api';
import { MemberSelect } from './MemberSelect';
import { TimeRange } from './SlotModal';
import type { FillMonthResult } from './types';

type Values = {
  placeId: string;
  month: Dayjs;
  weekdays: number[];
  from: Dayjs;
  to: Dayjs;
  venue?: string;
  memberIds: string[];
};

/** 按月排班: a month of a place's rota from a weekly pattern, the chosen members taking turns. */
export function FillMonthModal({ open, placeId, onClose }: { open: boolean; placeId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const fill = useFillMonth();
  const chosenPlace = Form.useWatch('placeId', form);
  const [result, setResult] = useState<FillMonthResult>();
  const weekdays = t('receptions.weekdays', { returnObjects: true }) as string[];

  const onFinish = (v: Values) =>
    fill.mutate(
      {
        placeId: v.placeId,
        month: v.month.format('YYYY-MM'),
        weekdays: v.weekdays,
        startTime: v.from.format('HH:mm'),
        endTime: v.to.format('HH:mm'),
        memberIds: v.memberIds,
        ...(v.venue?.trim() ? { venue: v.venue.trim() } : {}),
      },
      {
        onSuccess: (r) => {
          message.success(t('receptions.fillForm.done', { created: r.created.length, skipped: r.skipped.length }));
          if (r.skipped.length) setResult(r);
          else onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  return (
    <Modal
      open={open}
      title={t('receptions.fillForm.title')}
      okText={t('common.save')}
      cancelText={t('common.close')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={fill.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('receptions.fillForm.help')} style={{ marginBottom: 12 }} />
      {result && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('receptions.fillForm.done', { created: result.created.length, skipped: result.skipped.length })}
          description={result.skipped
            .map((s) => `${s.date} ${t(`receptions.fillForm.skipped.${s.reason}`)}`)
            .join('；')}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{
          placeId,
          month: dayjs().add(1, 'month').startOf('month'),
          weekdays: [3],
          from: dayjs('09:00', 'HH:mm'),
          to: dayjs('11:30', 'HH:mm'),
        }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('placeId' in changed) form.setFieldValue('memberIds', []);
          setResult(undefined);
        }}
      >
        <Form.Item
          name="placeId"
          label={t('receptions.slot.place')}
          rules={[{ required: true, message: t('receptions.slot.placeRequired') }]}
        >
          <PlacePicker />
        </Form.Item>
        <Form.Item name="month" label={t('receptions.fillForm.month')} rules={[{ required: true }]}>
          <DatePicker
            picker="month"
            inputReadOnly
            allowClear={false}
            disabledDate={(d) => d.isBefore(dayjs(), 'month')}
          />
        </Form.Item>
        <Form.Item
          name="weekdays"
          label={t('receptions.fillForm.weekdays')}
          rules={[{ required: true, type: 'array', min: 1, message: t('receptions.fillForm.weekdaysRequired') }]}
        >
          <Checkbox.Group options={weekdays.map((label, i) => ({ value: i + 1, label }))} />
        </Form.Item>
        <TimeRange />
        <Form.Item name="venue" label={t('receptions.slot.venue')}>
          <Input maxLength={RECEPTION_LIMITS.venue} placeholder={t('receptions.slot.venuePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="memberIds"
          label={t('receptions.fillForm.members')}
          rules={[{ required: true, type: 'array', min: 1, message: t('receptions.fillForm.membersRequired') }]}
        >
          <MemberSelect placeId={chosenPlace} multiple />
        </Form.Item>
      </Form>
    </Modal>
  );
}
