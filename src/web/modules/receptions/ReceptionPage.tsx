import './receptions.css';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  type DescriptionsProps,
  Empty,
  Flex,
  List,
  Popconfirm,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { deploymentDay } from '../../lib/deployment-day';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailPage } from '../../ui/DetailPage';
import { ProblemModal } from '../contacts';
import { useRaiseAtReception, useReception, useRemoveReception } from './api';
import { SectorTag, StatusTag } from './ReceptionTags';
import { RecordDayForm } from './RecordDayForm';
import { AbsentModal, SwapModal } from './StepModals';
import type { ReceptionDetail } from './types';
import { slotTime } from './week';

/** /receptions/:id — one reception day: who is on duty, the day's record and the submissions it filed. */
export default function ReceptionPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useReception(id);
  useDocumentTitle(t('receptions.title'));
  return (
    <DetailPage backTo="/receptions" backLabel={t('receptions.detail.back')} detail={detail}>
      {detail.data && <Reception slot={detail.data} />}
    </DetailPage>
  );
}

type Open = 'swap' | 'absent' | 'raise' | undefined;

function Reception({ slot: s }: { slot: ReceptionDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState<Open>();
  const remove = useRemoveReception(s.id);
  const raise = useRaiseAtReception(s.id);
  const none = t('common.none');
  const begun = Date.parse(s.startsAt) <= Date.now();

  const items: DescriptionsProps['items'] = [
    { key: 'when', label: t('receptions.detail.when'), children: `${deploymentDay(s.startsAt)} ${slotTime(s)}` },
    { key: 'place', label: t('receptions.detail.place'), children: s.place.name },
    { key: 'venue', label: t('receptions.detail.venue'), children: s.venue ?? none },
    {
      key: 'member',
      label: t('receptions.detail.member'),
      children: (
        <Space size={4}>
          {s.member.displayName}
          <SectorTag sector={s.member.sector} />
        </Space>
      ),
    },
    ...(s.swappedFrom
      ? [{ key: 'from', label: t('receptions.detail.swappedFrom'), children: s.swappedFrom.displayName }]
      : []),
    { key: 'status', label: t('receptions.detail.status'), children: <StatusTag status={s.status} /> },
    ...(s.absenceReason
      ? [{ key: 'reason', label: t('receptions.detail.absenceReason'), children: s.absenceReason }]
      : []),
    ...(s.visitors !== null ? [{ key: 'visitors', label: t('receptions.detail.visitors'), children: s.visitors }] : []),
    ...(s.recordedBy
      ? [
          {
            key: 'recorded',
            label: t('receptions.detail.recordedBy'),
            children: `${s.recordedBy.displayName} ${formatDateTime(s.recordedAt)}`,
          },
        ]
      : []),
    ...(s.createdBy
      ? [{ key: 'created', label: t('receptions.detail.createdBy'), children: s.createdBy.displayName }]
      : []),
  ];
  const ab = s.abilities;

  return (
    <>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={1} className="page-title">
          {s.place.name} · {deploymentDay(s.startsAt)}
        </Typography.Title>
        <StatusTag status={s.status} />
      </Flex>
      {(ab.swap || ab.markAbsent || ab.remove || ab.raise) && (
        <Flex gap={8} wrap className="reception-actions" style={{ marginBottom: 12 }}>
          {ab.raise && (
            <Button type="primary" onClick={() => setOpen('raise')}>
              {t('receptions.detail.raise')}
            </Button>
          )}
          {ab.swap && <Button onClick={() => setOpen('swap')}>{t('receptions.detail.swap')}</Button>}
          {ab.markAbsent && (
            <Button danger onClick={() => setOpen('absent')}>
              {t('receptions.detail.absent')}
            </Button>
          )}
          {ab.remove && (
            <Popconfirm
              title={t('receptions.detail.removeTitle')}
              okText={t('receptions.detail.remove')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                remove.mutate(undefined, {
                  onSuccess: () => {
                    message.success(t('receptions.detail.removed'));
                    navigate('/receptions');
                  },
                  onError: (err) => message.error(errorMessage(err)),
                })
              }
            >
              <Button loading={remove.isPending}>{t('receptions.detail.remove')}</Button>
            </Popconfirm>
          )}
        </Flex>
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 3 }} items={items} />
        {s.summary && <Typography.Paragraph className="reception-summary">{s.summary}</Typography.Paragraph>}
      </Card>
      {ab.record && <RecordDayForm slot={s} />}
      {s.status === 'scheduled' && !begun && (
        <Alert type="info" showIcon title={t('receptions.detail.notStarted')} style={{ marginBottom: 12 }} />
      )}
      {s.status === 'held' && (
        <Card size="small" title={t('receptions.detail.submissions')}>
          {s.submissions.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('receptions.detail.noSubmissions')} />
          ) : (
            <List
              dataSource={s.submissions}
              rowKey="id"
              renderItem={(x) => (
                <List.Item>
                  <Space size={8} align="start">
                    <Link to={`/submissions/${x.id}`} className="tracking-code">
                      {x.trackingCode}
                    </Link>
                    <Typography.Text>{x.content}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
      {open === 'swap' && <SwapModal slot={s} onClose={() => setOpen(undefined)} />}
      {open === 'absent' && <AbsentModal slot={s} onClose={() => setOpen(undefined)} />}
      {open === 'raise' && (
        <ProblemModal
          open
          title={t('receptions.detail.raise')}
          placeId={s.place.id}
          pending={raise.isPending}
          submit={async (input) => (await raise.mutateAsync(input)).submissions.at(-1)?.trackingCode}
          onClose={() => setOpen(undefined)}
        />
      )}
    </>
  );
}
