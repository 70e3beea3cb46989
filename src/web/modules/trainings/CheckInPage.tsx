import './trainings.css';
import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useMe } from '../auth/api';
import { useCheckIn, useCheckInInfo } from './api';
import { formatHours, formatSpan } from './format';
import type { CheckInInfo } from './types';

/**
 * /trainings/check-in/:token — the page the session's QR code opens on a member's phone: after
 * signing in to their account (the console asks first), one tap signs them in to the session.
 */
export default function CheckInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('trainings.checkIn.title'));
  const { token = '' } = useParams();
  const info = useCheckInInfo(token);
  return (
    <main className="training-check-in">
      <Typography.Title level={1} className="training-check-in-title">
        {t('trainings.checkIn.title')}
      </Typography.Title>
      {info.isPending && <Skeleton active paragraph={{ rows: 5 }} />}
      {info.isError && (
        <Result status="warning" title={t('trainings.checkIn.failed')} subTitle={errorMessage(info.error)} />
      )}
      {info.data && <CheckInCard token={token} info={info.data} />}
    </main>
  );
}

function CheckInCard({ token, info: s }: { token: string; info: CheckInInfo }) {
  const { t } = useTranslation();
  const me = useMe();
  const checkIn = useCheckIn(token);
  const attendedAt = checkIn.data?.attendedAt ?? s.attendedAt;
  const mayCheckIn = s.isForMe && s.state === 'open' && !attendedAt;
  return (
    <Card>
      <Typography.Title level={2} className="training-check-in-session">
        {s.title}
      </Typography.Title>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'time', label: t('trainings.detail.time'), children: formatSpan(s.startsAt, s.endsAt) },
          { key: 'venue', label: t('trainings.detail.venue'), children: s.venue },
          { key: 'place', label: t('trainings.detail.place'), children: s.place.name },
          {
            key: 'hours',
            label: t('trainings.detail.hours'),
            children: t('trainings.hours', { hours: formatHours(s.hours) }),
          },
        ]}
      />
      {attendedAt ? (
        <Result
          status="success"
          icon={<CheckCircleFilled />}
          title={t('trainings.checkIn.done')}
          subTitle={t('trainings.checkIn.already', { time: formatDateTime(attendedAt) })}
        />
      ) : (
        <NotYet info={s} />
      )}
      {mayCheckIn && (
        <>
          {me.data && (
            <Typography.Paragraph type="secondary">
              {t('trainings.checkIn.signedAs', { name: me.data.displayName })}
            </Typography.Paragraph>
          )}
          {checkIn.isError && (
            <Alert type="error" showIcon title={errorMessage(checkIn.error)} style={{ marginBottom: 12 }} />
          )}
          <Button type="primary" size="large" block loading={checkIn.isPending} onClick={() => checkIn.mutate()}>
            {t('trainings.checkIn.submit')}
          </Button>
        </>
      )}
      {(s.isForMe || attendedAt) && (
        <Link to={`/trainings/${s.id}`} className="training-check-in-link">
          {t('trainings.checkIn.openPage')}
        </Link>
      )}
    </Card>
  );
}

/** Why there is no button: not for this member, not open yet (and when it opens), closed, or cancelled. */
function NotYet({ info: s }: { info: CheckInInfo }) {
  const { t } = useTranslation();
  if (s.state === 'cancelled') return <Alert type="warning" showIcon title={t('trainings.checkIn.cancelled')} />;
  if (!s.isForMe) return <Alert type="info" showIcon title={t('trainings.checkIn.notForYou')} />;
  if (s.state === 'upcoming')
    return <Alert type="info" showIcon title={t('trainings.checkIn.notYet', { time: formatDateTime(s.opensAt) })} />;
  if (s.state === 'ended') return <Alert type="warning" showIcon title={t('trainings.checkIn.closed')} />;
  return null;
}
