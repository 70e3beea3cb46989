import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSULTATION_FORMS } from '../../../shared/enums';
import { ApiError } from '../../api/client';
import { showFormError } from '../../api/form-errors';
import { OrganiserSelect } from '../member-groups';
import { PlacePicker } from '../places';
import { useCouncil, useProcedures, useScheduleConsultation, useTopicBrief } from './api';
import { atDay, needsEnd, type ScheduleValues, toScheduleInput } from './schedule-form';
import { DATE_TIME, EndsAtField } from './TimeFields';
import { TopicSelect } from './TopicSelect';
import type { ConsultationDetail } from './types';

type Props = {
  open: boolean;
  topicId?: string; // chosen beforehand (a topic page's "安排协商")
  onClose: () => void;
  onScheduled: (c: ConsultationDetail) => void;
};

/**
 * 安排协商: a topic under a council, its form, title, venue and time. The topic fills in the title
 * and the council; the council fills in its usual venue and procedure and offers its fixed days.
 */
export function ScheduleModal({ open, topicId, onClose, onScheduled }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ScheduleValues>();
  const schedule = useScheduleConsultation();
  const chosenTopic: string | undefined = Form.useWatch('topicId', form);
  const placeId: string | undefined = Form.useWatch('placeId', form);
  const kind = Form.useWatch('form', form);
  const startsAt = Form.useWatch('startsAt', form);
  const topic = useTopicBrief(open ? chosenTopic : undefined);
  const council = useCouncil(open ? placeId : undefined);
  const procedures = useProcedures(placeId, open && Boolean(placeId));
  const isOnline = needsEnd(kind);
  const hasNoCouncil =
    (council.data && !council.data.place.hasCouncil) ||
    (council.error instanceof ApiError && council.error.status < 500);

  // what the topic implies, unless the person already chose otherwise
  useEffect(() => {
    const tp = topic.data;
    if (!tp) return;
    if (!form.isFieldTouched('title')) form.setFieldValue('title', tp.title);
    if (!form.isFieldTouched('placeId')) form.setFieldValue('placeId', tp.place.id);
  }, [topic.data, form]);
  // … and what the council implies
  useEffect(() => {
    const c = council.data;
    if (!c) return;
    if (!form.isFieldTouched('venue')) form.setFieldValue('venue', c.defaultVenue ?? undefined);
    if (!form.isFieldTouched('procedureId')) form.setFieldValue('procedureId', c.procedure?.id ?? undefined);
  }, [council.data, form]);

  const onFinish = (v: ScheduleValues) =>
    schedule.mutate(toScheduleInput(v), {
      onSuccess: (c) => {
        message.success(t('consultations.scheduleForm.created', { code: c.code }));
        onScheduled(c);
        onClose();
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  const occurrences = council.data?.meetingRule !== 'none' ? (council.data?.occurrences ?? []) : [];
  const procedureOptions = (procedures.data?.items ?? [])
    .filter((p) => !p.isArchived)
    .map((p) => ({ value: p.id, label: p.place ? `${p.name}（${p.place.name}）` : p.name }));

  return (
    <Modal
      open={open}
      title={t('consultations.schedule')}
      okText={t('consultations.scheduleForm.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={schedule.isPending}
      width={640}
      destroyOnHidden
    >
      <Form<ScheduleValues>
        form={form}
        name="schedule"
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ topicId, form: 'meeting' }}
        preserve={false}
      >
        <Form.Item
          name="topicId"
          label={t('consultations.scheduleForm.topic')}
          extra={t('consultations.scheduleForm.topicHelp')}
          rules={[{ required: true, message: t('consultations.scheduleForm.topicRequired') }]}
        >
          <TopicSelect />
        </Form.Item>
        <Form.Item
          name="placeId"
          label={t('consultations.scheduleForm.place')}
          validateStatus={hasNoCouncil ? 'warning' : undefined}
          help={hasNoCouncil ? t('consultations.scheduleForm.noCouncil') : undefined}
          rules={[{ required: true, message: t('consultations.scheduleForm.placeRequired') }]}
        >
          <PlacePicker selectable={(p) => p.hasCouncil} placeholder={t('consultations.scheduleForm.placeHelp')} />
        </Form.Item>
        <Form.Item
          name="form"
          label={t('consultations.scheduleForm.form')}
          rules={[{ required: true, message: t('consultations.scheduleForm.formRequired') }]}
        >
          <Select options={CONSULTATION_FORMS.map((f) => ({ value: f, label: t(`consultations.forms.${f}`) }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('consultations.scheduleForm.titleLabel')}
          rules={[
            { required: true, whitespace: true, message: t('consultations.scheduleForm.titleRequired') },
            { max: 100 },
          ]}
        >
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item name="venue" label={t('consultations.scheduleForm.venue')} rules={[{ max: 200 }]}>
          <Input maxLength={200} placeholder={t('consultations.scheduleForm.venuePlaceholder')} />
        </Form.Item>
        <Form.Item
          label={isOnline ? t('consultations.scheduleForm.opensAt') : t('consultations.scheduleForm.startsAt')}
          htmlFor="schedule_startsAt"
          required
          extra={
            occurrences.length > 0 && (
              <Space size={4} wrap className="occurrence-chips">
                <span>{t('consultations.scheduleForm.fixedDays')}</span>
                {occurrences.map((day) => (
                  <Button
                    key={day}
                    size="small"
                    type={startsAt && dayjs(day).isSame(startsAt, 'day') ? 'primary' : 'dashed'}
                    onClick={() => form.setFieldValue('startsAt', atDay(dayjs(day), startsAt))}
                  >
                    {dayjs(day).format('M/D')}
                  </Button>
                ))}
              </Space>
            )
          }
        >
          <Form.Item
            name="startsAt"
            noStyle
            rules={[{ required: true, message: t('consultations.scheduleForm.startsRequired') }]}
          >
            <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format={DATE_TIME} style={{ width: 220 }} />
          </Form.Item>
        </Form.Item>
        <EndsAtField isOnline={isOnline} />
        <Form.Item
          name="procedureId"
          label={t('consultations.scheduleForm.procedure')}
          extra={t('consultations.scheduleForm.procedureHelp')}
        >
          <Select
            allowClear
            loading={procedures.isFetching}
            placeholder={t('consultations.scheduleForm.procedureDefault')}
            options={procedureOptions}
          />
        </Form.Item>
        <Form.Item
          name="groupId"
          label={t('consultations.scheduleForm.group')}
          extra={t('consultations.scheduleForm.groupHelp')}
        >
          <OrganiserSelect placeId={placeId} placeholder={t('consultations.scheduleForm.groupNone')} />
        </Form.Item>
        <Form.Item name="preStudy" label={t('consultations.scheduleForm.preStudy')} rules={[{ max: 5000 }]}>
          <Input.TextArea rows={3} maxLength={5000} placeholder={t('consultations.scheduleForm.preStudyPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
