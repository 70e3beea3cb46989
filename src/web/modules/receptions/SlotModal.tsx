import { App, DatePicker, Form, Input, Modal, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { RECEPTION_LIMITS } from '../../../shared/api/receptions';
import { showFormError } from '../../api/form-errors';
import { instantAt } from '../../lib/deployment-day';
import { PlacePicker } from '../places';
import { useCreateReception } from './api';
import { MemberSelect } from './MemberSelect';

type Values = { placeId: string; memberId: string; day: Dayjs; from: Dayjs; to: Dayjs; venue?: string };

const HOUR_MS = 3_600_000;

/** The slot's start and end as instants: the day and clock times read where the deployment is. */
export const slotTimes = (v: Pick<Values, 'day' | 'from' | 'to'>) => {
  const day = v.day.format('YYYY-MM-DD');
  return { startsAt: instantAt(day, v.from.format('HH:mm')), endsAt: instantAt(day, v.to.format('HH:mm')) };
};

/** Puts a member on a place's rota for one day (排班). */
export function SlotModal({ open, placeId, onClose }: { open: boolean; placeId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateReception();
  const chosenPlace = Form.useWatch('placeId', form);

  const onFinish = (v: Values) =>
    create.mutate(
      {
        placeId: v.placeId,
        memberId: v.memberId,
        ...slotTimes(v),
        ...(v.venue?.trim() ? { venue: v.venue.trim() } : {}),
      },
      {
        onSuccess: () => {
          message.success(t('receptions.slot.created'));
          onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  return (
    <Modal
      open={open}
      title={t('receptions.slot.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{ placeId, from: dayjs('09:00', 'HH:mm'), to: dayjs('11:30', 'HH:mm') }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('placeId' in changed) form.setFieldValue('memberId', undefined);
        }}
      >
        <Form.Item
          name="placeId"
          label={t('receptions.slot.place')}
          rules={[{ required: true, message: t('receptions.slot.placeRequired') }]}
        >
          <PlacePicker />
        </Form.Item>
        <Form.Item
          name="memberId"
          label={t('receptions.slot.member')}
          rules={[{ required: true, message: t('receptions.slot.memberRequired') }]}
        >
          <MemberSelect placeId={chosenPlace} />
        </Form.Item>
        <Form.Item
          name="day"
          label={t('receptions.slot.day')}
          rules={[{ required: true, message: t('receptions.slot.dayRequired') }]}
        >
          <DatePicker inputReadOnly style={{ width: 180 }} />
        </Form.Item>
        <TimeRange />
        <Form.Item name="venue" label={t('receptions.slot.venue')}>
          <Input maxLength={RECEPTION_LIMITS.venue} placeholder={t('receptions.slot.venuePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 开始 and 结束 on the deployment's clock; the end after the start, within 12 hours. */
export function TimeRange() {
  const { t } = useTranslation();
  const required = { required: true, message: t('receptions.slot.timeRequired') };
  return (
    <div className="reception-times">
      <Form.Item name="from" label={t('receptions.slot.from')} rules={[required]}>
        <TimePicker format="HH:mm" minuteStep={5} inputReadOnly needConfirm={false} />
      </Form.Item>
      <Form.Item
        name="to"
        label={t('receptions.slot.to')}
        dependencies={['from']}
        rules={[
          required,
          ({ getFieldValue }) => ({
            validator: (_r, to: Dayjs | undefined) => {
              const from: Dayjs | undefined = getFieldValue('from');
              if (!to || !from) return Promise.resolve();
              const length = to.diff(from);
              return length > 0 && length <= RECEPTION_LIMITS.maxHours * HOUR_MS
                ? Promise.resolve()
                : Promise.reject(new Error(t('receptions.slot.endsBeforeStart')));
            },
          }),
        ]}
      >
        <TimePicker format="HH:mm" minuteStep={5} inputReadOnly needConfirm={false} />
      </Form.Item>
    </div>
  );
}
