import { Descriptions, type DescriptionsProps, Rate, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { KindTag } from '../places';
import { PhoneReveal } from './PhoneReveal';
import { DueAt } from './SubmissionTags';
import type { SubmissionDetail } from './types';

/** Where it stands and who raised it: place, channel, category, dates, contact, the resident's rating. */
export function SubmissionFacts({ submission: s }: { submission: SubmissionDetail }) {
  const { t } = useTranslation();
  const { state } = useLocation(); // keeps the way back to the filtered inbox
  const none = t('common.none');
  // sorted away from the resident's grid: where they are, and where the item was sent (分办至)
  const placeFacts: DescriptionsProps['items'] = s.residentPlace
    ? [
        { key: 'residentAt', label: t('submissions.detail.residentAt'), children: s.residentPlace.trail },
        {
          key: 'sentTo',
          label: t('submissions.detail.sentTo'),
          children: (
            <Space size={4}>
              {s.place.name}
              <KindTag kind={s.place.kind} />
            </Space>
          ),
        },
      ]
    : [];
  const items: DescriptionsProps['items'] = [
    ...(placeFacts.length > 0
      ? placeFacts
      : [
          {
            key: 'place',
            label: t('submissions.place'),
            children: (
              <Space size={4}>
                {s.place.name}
                <KindTag kind={s.place.kind} />
              </Space>
            ),
          },
        ]),
    { key: 'channel', label: t('submissions.channel'), children: t(`submissions.channels.${s.channel}`) },
    { key: 'category', label: t('submissions.category'), children: s.category?.name ?? none },
    { key: 'created', label: t('submissions.createdAt'), children: formatDateTime(s.createdAt) },
    {
      key: 'due',
      label: t('submissions.dueAt'),
      children: <DueAt dueAt={s.dueAt} isOverdue={s.isOverdue} clockStoppedAt={s.clockStoppedAt} />,
    },
    { key: 'name', label: t('submissions.contactName'), children: s.contactName ?? t('submissions.anonymous') },
    { key: 'phone', label: t('submissions.phone'), children: <PhoneReveal submission={s} /> },
  ];
  if (s.addressedMember) {
    items.push({
      key: 'addressed',
      label: t('submissions.detail.addressedTo'),
      children: s.addressedMember.displayName,
    });
  }
  if (s.receptionSlotId || s.contactLogId) {
    items.push({
      key: 'taken',
      label: t('submissions.detail.takenAt'),
      children: s.receptionSlotId ? (
        <Link to={`/receptions/${s.receptionSlotId}`}>{t('submissions.detail.atReception')}</Link>
      ) : (
        t('submissions.detail.inTouch')
      ),
    });
  }
  if (s.department) {
    items.push({ key: 'dept', label: t('submissions.detail.department'), children: s.department.name });
  }
  if (s.mergedInto) {
    items.push({
      key: 'merged',
      label: t('submissions.detail.mergedInto'),
      children: (
        <Link to={`/submissions/${s.mergedInto.id}`} state={state} className="tracking-code">
          {s.mergedInto.trackingCode}
        </Link>
      ),
    });
  }
  if (s.satisfaction !== null) {
    items.push({
      key: 'rating',
      label: t('submissions.detail.rating'),
      children: (
        <Space size={8} wrap>
          <Rate disabled value={s.satisfaction} />
          {s.residentSaysSolved !== null && (
            <span>
              {s.residentSaysSolved ? t('submissions.detail.saysSolved') : t('submissions.detail.saysUnsolved')}
            </span>
          )}
          {s.ratingComment && <Typography.Text type="secondary">“{s.ratingComment}”</Typography.Text>}
        </Space>
      ),
    });
  }
  return <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 3 }} items={items} />;
}
