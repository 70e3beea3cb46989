import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRAINING_LIMITS } from '../../../shared/api/trainings';
import { TRAINING_KINDS } from '../../../shared/enums';
import { showFormError } from '../../api/form-errors';
import { pickerDateTime } from '../../lib/deployment-day';
import { useDebounced } from '../../lib/use-debounced';
import { PlacePicker } from '../places';
import { useCreateTraining, useInvitableMembers, useUpdateTraining } from './api';
import { isValidHours, type TrainingValues, toCreateInput, toUpdateInput } from './training-form';
import type { TrainingDetail } from './types';

const DATE_TIME = 'YYYY-MM-DD HH:mm';

type Props = {
  open: boolean;
  onClose: () => void;
  /** the session being edited; none for a new one */
  training?: TrainingDetail;
  onCreated?: (d: TrainingDetail) => void;
};

/** 新建/修改培训: place (new only), kind, title, what it covers, venue, times, credit hours; whom to tell (new only). */
export function TrainingFormModal({ open, onClose, training, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TrainingValues>();
  const create = useCreateTraining();
  const update = useUpdateTraining(training?.id ?? '');
  const isNew = !training;
  const placeId: string | undefined = Form.useWatch('placeId', form);

  const onFinish = (v: TrainingValues) => {
    const fail = (err: unknown) => showFormError(form, err, message.error);
    if (isNew)
      create.mutate(toCreateInput({ ...v, placeId: v.placeId ?? '' }), {
        onSuccess: (d) => {
          message.success(t('trainings.form.created', { count: d.invitedCount }));
          onCreated?.(d);
          onClose();
        },
        onError: fail,
      });
    else
      update.mutate(toUpdateInput(v), {
        onSuccess: () => {
          message.success(t('trainings.form.saved'));
          onClose();
        },
        onError: fail,
      });
  };

  const initial: Partial<TrainingValues> = training
    ? {
        kind: training.kind,
        title: training.title,
        description: training.description,
        venue: training.venue,
        startsAt: pickerDateTime(training.startsAt),
        endsAt: pickerDateTime(training.endsAt),
        hours: training.hours,
      }
    : { kind: 'course', hours: 2, inviteAll: true, memberIds: [] };

  return (
    <Modal
      open={open}
      title={isNew ? t('trainings.create') : t('trainings.form.edit')}
      okText={isNew ? t('trainings.form.submit') : t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      width={640}
      destroyOnHidden
    >
      <Form<TrainingValues>
        form={form}
        name="training"
        layout="vertical"
        onFinish={onFinish}
        initialValues={initial}
        preserve={false}
      >
        {isNew && (
          <Form.Item
            name="placeId"
            label={t('trainings.form.place')}
            extra={t('trainings.form.placeHelp')}
            rules={[{ required: true, message: t('trainings.form.placeRequired') }]}
          >
            <PlacePicker />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('trainings.form.kind')} rules={[{ required: true }]}>
          <Select options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`trainings.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('trainings.form.titleLabel')}
          rules={[{ required: true, whitespace: true, message: t('trainings.form.titleRequired') }]}
        >
          <Input maxLength={TRAINING_LIMITS.title} showCount />
        </Form.Item>
        <Form.Item name="description" label={t('trainings.form.description')}>
          <Input.TextArea rows={3} maxLength={TRAINING_LIMITS.description} />
        </Form.Item>
        <Form.Item
          name="venue"
          label={t('trainings.form.venue')}
          rules={[{ required: true, whitespace: true, message: t('trainings.form.venueRequired') }]}
        >
          <Input maxLength={TRAINING_LIMITS.venue} placeholder={t('trainings.form.venuePlaceholder')} />
        </Form.Item>
        <div className="training-times">
          <Form.Item
            name="startsAt"
            label={t('trainings.form.startsAt')}
            rules={[{ required: true, message: t('trainings.form.startsRequired') }]}
          >
            <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format={DATE_TIME} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            name="endsAt"
            label={t('trainings.form.endsAt')}
            dependencies={['startsAt']}
            rules={[
              { required: true, message: t('trainings.form.endsRequired') },
              ({ getFieldValue }) => ({
                validator: (_r, end: Dayjs | null | undefined) => {
                  const start: Dayjs | undefined = getFieldValue('startsAt');
                  return !end || !start || end.isAfter(start)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('trainings.form.endsBeforeStart')));
                },
              }),
            ]}
          >
            <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format={DATE_TIME} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            name="hours"
            label={t('trainings.form.hours')}
            extra={t('trainings.form.hoursHelp')}
            rules={[
              {
                validator: (_r, h: number | null | undefined) =>
                  isValidHours(h) ? Promise.resolve() : Promise.reject(new Error(t('trainings.form.hoursRequired'))),
              },
            ]}
          >
            <InputNumber min={0.5} max={100} step={0.5} style={{ width: 120 }} />
          </Form.Item>
        </div>
        {isNew && (
          <>
            <Form.Item name="inviteAll" valuePropName="checked">
              <Checkbox>{t('trainings.form.inviteAll')}</Checkbox>
            </Form.Item>
            <Form.Item name="memberIds" label={t('trainings.form.members')}>
              <MemberSelect placeId={placeId} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

/** Members to invite, searched by name among those within the viewer's reach. */
export function MemberSelect({
  placeId,
  value,
  onChange,
  id,
}: {
  placeId: string | undefined;
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const members = useInvitableMembers(placeId, q, Boolean(placeId));
  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      disabled={!placeId}
      value={value}
      onChange={onChange}
      loading={members.isFetching}
      placeholder={t('trainings.form.membersPlaceholder')}
      options={(members.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.displayName}（${m.place.name}）` }))}
    />
  );
}
