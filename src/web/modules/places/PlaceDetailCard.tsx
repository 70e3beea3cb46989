import { StarFilled } from '@ant-design/icons';
import { Breadcrumb, Card, Descriptions, type DescriptionsProps, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { YesNo } from '../../ui/YesNo';
import { usePlaceChildren } from './api';
import { KindTag } from './KindTag';
import { PlaceActions } from './PlaceActions';
import { PlaceChildren } from './PlaceChildren';
import type { PlaceDetail, Room } from './types';

const STANDARD = ['hasSign', 'hasVenue', 'hasDuties', 'hasMechanism'] as const; // 四有

function RoomChecklist({ room }: { room: Room }) {
  const { t } = useTranslation();
  return (
    <div className="checklist">
      {STANDARD.map((k) => (
        <YesNo key={k} value={room[k]} yes={t(`places.${k}`)} no={t(`places.${k}`)} />
      ))}
    </div>
  );
}

/** One place: where it sits, what it has (workstation, council, room and its 四有), what one may do. */
export function PlaceDetailCard({ place }: { place: PlaceDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  // places above the top of one's reach show in the path but cannot be opened
  const tops = new Set(usePlaceChildren(undefined).data?.items.map((p) => p.id));
  const firstReachable = place.breadcrumb.findIndex((c) => tops.has(c.id));
  const crumbs = [
    ...place.breadcrumb.map((c, i) => ({
      key: c.id,
      title: firstReachable >= 0 && i >= firstReachable ? <Link to={`/places/${c.id}`}>{c.name}</Link> : c.name,
    })),
    { key: place.id, title: place.name },
  ];
  const items: DescriptionsProps['items'] = [
    { key: 'kind', label: t('places.kind'), children: <KindTag kind={place.kind} /> },
    { key: 'code', label: t('places.code'), children: <Typography.Text copyable>{place.code}</Typography.Text> },
    { key: 'brand', label: t('places.brand'), children: place.brand ?? none },
    { key: 'children', label: t('places.childCount'), children: place.childCount },
    { key: 'ws', label: t('places.workstation'), children: <YesNo value={place.hasWorkstation} /> },
    { key: 'council', label: t('places.council'), children: <YesNo value={place.hasCouncil} /> },
    { key: 'demo', label: t('places.demonstration'), children: <YesNo value={place.isDemonstration} /> },
    {
      key: 'room',
      label: t('places.room'),
      children: place.room ? (place.room.address ?? <YesNo value />) : <YesNo value={false} no={t('places.none')} />,
    },
    ...(place.room
      ? [
          {
            key: 'std',
            label: t('places.standard'),
            span: 'filled' as const,
            children: <RoomChecklist room={place.room} />,
          },
        ]
      : []),
    { key: 'created', label: t('places.createdAt'), children: formatDateTime(place.createdAt) },
    { key: 'updated', label: t('places.updatedAt'), children: formatDateTime(place.updatedAt) },
    ...(place.archivedAt
      ? [{ key: 'archived', label: t('places.archivedAt'), children: formatDateTime(place.archivedAt) }]
      : []),
  ];

  return (
    <Card>
      <Breadcrumb items={crumbs} style={{ marginBottom: 12 }} />
      <Flex wrap gap={12} align="center" justify="space-between" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8} align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {place.name}
          </Typography.Title>
          <KindTag kind={place.kind} />
          {place.isDemonstration && (
            <Tag color="gold" icon={<StarFilled />}>
              {t('places.demonstration')}
            </Tag>
          )}
          {place.archivedAt && <Tag>{t('places.archived')}</Tag>}
        </Flex>
        <PlaceActions place={place} />
      </Flex>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />
      {place.childCount > 0 && <PlaceChildren place={place} />}
    </Card>
  );
}
