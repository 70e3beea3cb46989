import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { YesNo } from '../../ui/YesNo';
import { usePlaceChildren } from './api';
import { KindTag } from './KindTag';
import type { PlaceDetail, PlaceSummary } from './types';

/** The places directly beneath, with how many have a room and a council (what leaders report). */
export function PlaceChildren({ place }: { place: PlaceDetail }) {
  const { t } = useTranslation();
  const children = usePlaceChildren(place.id);
  const rows = children.data?.items ?? [];
  const columns: TableColumnsType<PlaceSummary> = [
    { key: 'name', title: t('places.name'), render: (_, p) => <Link to={`/places/${p.id}`}>{p.name}</Link> },
    { key: 'kind', title: t('places.kind'), render: (_, p) => <KindTag kind={p.kind} /> },
    { key: 'ws', title: t('places.workstation'), render: (_, p) => <YesNo value={p.hasWorkstation} /> },
    { key: 'council', title: t('places.council'), render: (_, p) => <YesNo value={p.hasCouncil} /> },
    { key: 'room', title: t('places.room'), render: (_, p) => <YesNo value={p.hasRoom} /> },
    { key: 'demo', title: t('places.demonstration'), render: (_, p) => <YesNo value={p.isDemonstration} /> },
    { key: 'count', title: t('places.childCount'), dataIndex: 'childCount', align: 'end' },
  ];
  return (
    <section style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{t('places.children')}</Typography.Title>
      {rows.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('places.coverage', {
            total: rows.length,
            rooms: rows.filter((p) => p.hasRoom).length,
            councils: rows.filter((p) => p.hasCouncil).length,
          })}
        </Typography.Paragraph>
      )}
      <Table<PlaceSummary>
        rowKey="id"
        size="small"
        loading={children.isPending}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
      />
    </section>
  );
}
