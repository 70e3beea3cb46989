import './trainings.css';
import { CheckCircleOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, type DescriptionsProps, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useRecordTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { AttendanceCard } from './AttendanceCard';
import { useCancelTraining, useCheckInHere, useTraining } from './api';
import { formatHours, formatSpan } from './format';
import { MaterialsCard } from './MaterialsCard';
import { QrCard } from './QrCard';
import { TrainingFormModal } from './TrainingFormModal';
import { TrainingKindTag, TrainingStateTag } from './tags';
import type { TrainingDetail } from './types';

/** /trainings/:id — one session: what and when, the QR code, attendance, materials; a member signs in here too. */
export default function TrainingPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useTraining(id);
  useRecordTitle(detail.data?.title, t('trainings.title'));
  return (
    <DetailPage backTo="/trainings" backLabel={t('trainings.detail.back')} detail={detail}>
      {detail.data && <TrainingBody key={detail.data.id} training={detail.data} />}
    </DetailPage>
  );
}

function TrainingBody({ training: d }: { training: TrainingDetail }) {
  const { t } = useTranslation();
  return (
    <div className="training-page">
      <div>
        <Flex align="center" gap={8} wrap>
          <TrainingKindTag kind={d.kind} />
          <TrainingStateTag state={d.state} />
        </Flex>
        <Typography.Title level={1} className="page-title training-title">
          {d.title}
        </Typography.Title>
        <SessionActions training={d} />
      </div>
      {d.state === 'cancelled' && <Alert type="warning" showIcon title={t('trainings.detail.cancelledNote')} />}
      {d.me?.attendedAt && (
        <Alert
          type="success"
          showIcon
          title={t('trainings.detail.myAttendance', { time: formatDateTime(d.me.attendedAt) })}
        />
      )}
      <div className="training-columns">
        <div className="training-main">
          <InfoCard training={d} />
          <AttendanceCard training={d} />
        </div>
        <div className="training-side">
          {d.signInUrl && d.state !== 'cancelled' && d.state !== 'ended' && <QrCard training={d} />}
          <MaterialsCard training={d} />
        </div>
      </div>
    </div>
  );
}

/** Sign in (a member, while open); edit and cancel (those who keep it). */
function SessionActions({ training: d }: { training: TrainingDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [isEditing, setIsEditing] = useState(false);
  const checkIn = useCheckInHere(d.id);
  const cancel = useCancelTraining(d.id);
  const a = d.abilities;
  if (!a.checkIn && !a.manage) return null;
  return (
    <Flex gap={8} wrap className="training-actions">
      {a.checkIn && (
        <Button
          type="primary"
          size="large"
          icon={<CheckCircleOutlined />}
          loading={checkIn.isPending}
          onClick={() =>
            checkIn.mutate(undefined, {
              onSuccess: () => message.success(t('trainings.checkIn.done')),
              onError: (err) => message.error(errorMessage(err)),
            })
          }
        >
          {t('trainings.detail.checkIn')}
        </Button>
      )}
      {a.manage && (
        <Button icon={<EditOutlined />} onClick={() => setIsEditing(true)}>
          {t('trainings.detail.edit')}
        </Button>
      )}
      {a.cancel && (
        <Popconfirm
          title={t('trainings.detail.cancelConfirm')}
          okText={t('trainings.detail.cancel')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            cancel.mutate(undefined, {
              onSuccess: () => message.success(t('trainings.detail.cancelled')),
              onError: (err) => message.error(errorMessage(err)),
            })
          }
        >
          <Button danger icon={<StopOutlined />} loading={cancel.isPending}>
            {t('trainings.detail.cancel')}
          </Button>
        </Popconfirm>
      )}
      {a.manage && <TrainingFormModal open={isEditing} onClose={() => setIsEditing(false)} training={d} />}
    </Flex>
  );
}

function InfoCard({ training: d }: { training: TrainingDetail }) {
  const { t } = useTranslation();
  const items: DescriptionsProps['items'] = [
    { key: 'time', label: t('trainings.detail.time'), children: formatSpan(d.startsAt, d.endsAt) },
    { key: 'venue', label: t('trainings.detail.venue'), children: d.venue },
    { key: 'place', label: t('trainings.detail.place'), children: d.place.name },
    {
      key: 'hours',
      label: t('trainings.detail.hours'),
      children: t('trainings.hours', { hours: formatHours(d.hours) }),
    },
    {
      key: 'window',
      label: t('trainings.detail.window'),
      children: `${formatDateTime(d.opensAt)} – ${formatDateTime(d.closesAt)}`,
    },
    {
      key: 'createdBy',
      label: t('trainings.detail.createdBy'),
      children: d.createdBy?.displayName ?? t('common.none'),
    },
  ];
  if (d.description)
    items.push({
      key: 'description',
      label: t('trainings.detail.description'),
      span: 'filled',
      children: <span className="pre-wrap">{d.description}</span>,
    });
  return (
    <Card size="small" title={t('trainings.detail.info')}>
      <Descriptions column={{ xs: 1, sm: 2 }} size="small" items={items} />
    </Card>
  );
}
