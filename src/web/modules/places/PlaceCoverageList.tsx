import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PlaceCoverage } from '../../../shared/api/places';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { usePlace, usePlaceCoverage } from './api';
import { KindTag } from './KindTag';
import type { PlaceSummary } from './types';

type Props = { within: string; has: PlaceCoverage };

/**
 * /places?within=…&has=… — the places a coverage figure of the dashboard counts (the places of any
 * level under a place that have a council, a room, …; the 村、社区 for all of them and for members
 * serving): a flat list, each opening its place, and a way back.
 */
export function PlaceCoverageList({ within, has }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const place = usePlace(within);
  const list = usePlaceCoverage(within, has);
  const what = t(`places.coverageOf.${has}`);
  const title = place.data ? t('places.coverageTitle', { place: place.data.name, what }) : what;
  useDocumentTitle(`${title} · ${t('places.title')}`);
  const columns: TableColumnsType<PlaceSummary> = [
    {
      key: 'name',
      title: t('places.name'),
      render: (_, p) => <Link to={`/places/${p.id}`}>{p.name}</Link>,
    },
    { key: 'kind', title: t('places.kind'), render: (_, p) => <KindTag kind={p.kind} /> },
    { key: 'path', title: t('places.path'), render: (_, p) => p.breadcrumb.map((c) => c.name).join(' / ') || '—' },
    {
      key: 'has',
      title: t('places.facilities'),
      render: (_, p) =>
        [
          p.hasCouncil && t('places.council'),
          p.hasRoom && t('places.room'),
          p.hasWorkstation && t('places.workstation'),
          p.isDemonstration && t('places.demonstration'),
        ]
          .filter(Boolean)
          .join('、') || t('places.none'),
    },
  ];
  return (
    <>
      <Flex align="center" gap={8} wrap>
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          aria-label={t('places.back')}
          title={t('places.back')}
          onClick={() => navigate(-1)}
          style={{ marginBottom: 16 }}
        />
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        <span style={{ flex: 1 }} />
        <Link to={`/places/${within}`} style={{ marginBottom: 16 }}>
          {t('places.toTree')}
        </Link>
      </Flex>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      {list.data?.truncated && (
        <Alert
          type="info"
          showIcon
          title={t('places.coverageTruncated', { shown: list.data.items.length, total: list.data.total })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<PlaceSummary>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isPending}
        pagination={false}
        locale={{ emptyText: t('places.coverageEmpty') }}
        footer={() => t('common.total', { count: list.data?.total ?? 0 })}
      />
    </>
  );
}
