import { Alert, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { usePlaceSearch } from './api';
import { KindTag } from './KindTag';

const SEARCH_LIMIT = 50; // the server's cap on one search answer

/** Search results with where each place sits; choosing one shows it. */
export function PlaceHits({
  q,
  includeArchived,
  onPick,
}: {
  q: string;
  includeArchived: boolean;
  onPick: (id: string) => void;
}) {
  const { t } = useTranslation();
  const hits = usePlaceSearch(q, includeArchived);
  if (hits.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (hits.isError) return <Alert type="error" showIcon title={errorMessage(hits.error)} />;
  if (hits.data.items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('places.noResults')} />;
  return (
    <>
      {hits.data.truncated && (
        <Alert type="info" showIcon title={t('places.truncated', { count: SEARCH_LIMIT })} style={{ marginTop: 8 }} />
      )}
      <ul className="place-hits" aria-label={t('common.search')}>
        {hits.data.items.map((p) => (
          <li key={p.id}>
            <button type="button" className="place-hit" onClick={() => onPick(p.id)}>
              <span className={p.archivedAt ? 'tree-node-archived' : undefined}>{p.name}</span>{' '}
              <KindTag kind={p.kind} />
              {p.archivedAt && <Typography.Text type="secondary">{t('places.archived')}</Typography.Text>}
              <span className="place-hit-path">{p.breadcrumb.map((c) => c.name).join(' / ') || '—'}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
