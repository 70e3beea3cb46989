import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Descriptions, type DescriptionsProps, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { showFormError } from '../../api/form-errors';
import { pickerDateTime } from '../../lib/deployment-day';
import { formatDateTime } from '../../lib/format';
import { OrganiserSelect } from '../member-groups';
import { useUpdateConsultation } from './api';
import { formatSpan } from './format';
import { type EditValues, needsEnd, toUpdateInput } from './schedule-form';
import { DATE_TIME, EndsAtField } from './TimeFields';
import type { ConsultationDetail } from './types';

/** 基本信息: when, where, under which council, on which topic, by which procedure. */
export function InfoCard({ consultation: c, isEditable }: { consultation: ConsultationDetail; isEditable: boolean }) {
  const { t } = useTranslation();
  const [isEditing, setIsEditing] = useState(false);
  const none = t('common.none');
  const isOnline = needsEnd(c.form);
  const items: DescriptionsProps['items'] = [
    {
      key: 'time',
      label: isOnline ? t('consultations.info.onlineTime') : t('consultations.info.time'),
      children: formatSpan(c.startsAt, c.endsAt),
    },
    { key: 'venue', label: t('consultations.info.venue'), children: c.venue || none },
    { key: 'place', label: t('consultations.info.place'), children: c.place.name },
    {
      key: 'topic',
      label: t('consultations.info.topic'),
      children: (
        <Link to={`/topics/${c.topic.id}`}>
          <span className="record-code">{c.topic.code}</span> {c.topic.title}
        </Link>
      ),
    },
    { key: 'procedure', label: t('consultations.info.procedure'), children: c.procedureName || none },
    {
      key: 'group',
      label: t('consultations.info.group'),
      children: c.group ? <Link to={`/members/groups/${c.group.id}`}>{c.group.name}</Link> : none,
    },
  ];
  if (c.concludedAt) {
    items.push({
      key: 'concluded',
      label: t('consultations.info.concludedAt'),
      children: formatDateTime(c.concludedAt),
    });
  }
  if (c.cancelReason) {
    items.push({ key: 'cancel', label: t('consultations.info.cancelReason'), children: c.cancelReason });
  }
  if (c.summary) {
    items.push({
      key: 'summary',
      label: t('consultations.info.summary'),
      span: 'filled',
      children: <span className="pre-wrap">{c.summary}</span>,
    });
  }

  return (
    <Card
      size="small"
      title={t('consultations.info.title')}
      extra={
        isEditable && (
          <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setIsEditing(true)}>
            {t('consultations.info.edit')}
          </Button>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
      <EditInfoModal open={isEditing} consultation={c} onClose={() => setIsEditing(false)} />
    </Card>
  );
}

/** Title, venue, time and summary, while the consultation is open. */
function EditInfoModal({
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
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateConsultation(c.id);
  const isOnline = needsEnd(c.form);
  const onFinish = (v: EditValues) =>
    update.mutate(toUpdateInput(v), {
      onSuccess: () => {
        message.success(t('common.saved'));
        onClose();
      },
      onError: (err) => showFormError(form, err, message.error),
    });

  return (
    <Modal
      open={open}
      title={t('consultations.info.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form<EditValues>
        form={form}
        name="edit-consultation"
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{
          title: c.title,
          venue: c.venue ?? undefined,
          startsAt: pickerDateTime(c.startsAt),
          endsAt: c.endsAt ? pickerDateTime(c.endsAt) : undefined,
          summary: c.summary ?? undefined,
          groupId: c.group?.id,
        }}
      >
        <Form.Item
          name="title"
          label={t('consultations.scheduleForm.titleLabel')}
          rules={[{ required: true, whitespace: true, message: t('consultations.scheduleForm.titleRequired') }]}
        >
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item name="venue" label={t('consultations.scheduleForm.venue')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="startsAt"
          label={isOnline ? t('consultations.scheduleForm.opensAt') : t('consultations.scheduleForm.startsAt')}
          rules={[{ required: true, message: t('consultations.scheduleForm.startsRequired') }]}
        >
          <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format={DATE_TIME} style={{ width: 220 }} />
        </Form.Item>
        <EndsAtField isOnline={isOnline} />
        <Form.Item
          name="groupId"
          label={t('consultations.scheduleForm.group')}
          extra={t('consultations.scheduleForm.groupHelp')}
        >
          <OrganiserSelect placeId={c.place.id} placeholder={t('consultations.scheduleForm.groupNone')} />
        </Form.Item>
        <Form.Item name="summary" label={t('consultations.info.summary')} extra={t('consultations.info.summaryHelp')}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
