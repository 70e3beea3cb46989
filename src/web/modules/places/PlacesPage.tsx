import './places.css';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Empty, Flex, Input, Result, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PLACE_COVERAGE, type PlaceCoverage } from '../../../shared/api/places';
import { ApiError, errorMessage } from '../../api/client';
import { useDebounced } from '../../lib/use-debounced';
import { useRecordTitle } from '../../lib/use-document-title';
import { isAdmin, useMe } from '../auth/api';
import { usePlace, usePlaceChildren } from './api';
import { ImportPlacesModal } from './ImportPlacesModal';
import { PlaceCoverageList } from './PlaceCoverageList';
import { PlaceDetailCard } from './PlaceDetailCard';
import { PlaceHits } from './PlaceHits';
import { PlaceTree } from './PlaceTree';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isCoverage = (v: string | null): v is PlaceCoverage => (PLACE_COVERAGE as readonly (string | null)[]).includes(v);

/**
 * The place tree on the left, the chosen place on the right (/places/:id); with ?within=…&has=…
 * (a coverage figure of the dashboard) the flat list of the places it counts.
 */
export default function PlacesPage() {
  const [params] = useSearchParams();
  const within = params.get('within');
  const has = params.get('has') ?? 'all';
  if (within && UUID.test(within) && isCoverage(has)) return <PlaceCoverageList within={within} has={has} />;
  return <PlaceTreePage />;
}

function PlaceTreePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  const [showArchived, setShowArchived] = useState(false);
  const [search, setSearch] = useState('');
  const [importing, setImporting] = useState(false);
  const q = useDebounced(search.trim());
  const top = usePlaceChildren(undefined);
  const detail = usePlace(id);
  useRecordTitle(detail.data?.name, t('places.title'));

  // with nothing chosen, open the top of the user's reach
  const firstTop = top.data?.items[0]?.id;
  useEffect(() => {
    if (!id && firstTop) navigate(`/places/${firstTop}`, { replace: true });
  }, [id, firstTop, navigate]);

  const place = detail.data;
  const expandTo = place ? [...place.breadcrumb.map((c) => c.id), place.id] : [];
  const open = (placeId: string) => navigate(`/places/${placeId}`);

  return (
    <>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('places.title')}
        </Typography.Title>
        {isAdmin(me.data) && (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} style={{ marginBottom: 16 }}>
            {t('places.import')}
          </Button>
        )}
      </Flex>
      <div className="places-layout">
        <Card className="places-side" title={t('places.tree')} size="small">
          <Input.Search
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t('places.searchPlaceholder')}
            aria-label={t('places.searchPlaceholder')}
          />
          <Checkbox checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} style={{ marginTop: 8 }}>
            {t('places.showArchived')}
          </Checkbox>
          {q ? (
            <PlaceHits q={q} includeArchived={showArchived} onPick={open} />
          ) : (
            <div className="place-tree-scroll">
              <PlaceTree selectedId={id} includeArchived={showArchived} expandTo={expandTo} onSelect={open} />
            </div>
          )}
        </Card>
        <section aria-live="polite">
          <DetailPane id={id} detail={detail} hasPlaces={(top.data?.items.length ?? 1) > 0} />
        </section>
      </div>
      <ImportPlacesModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}

type DetailProps = { id?: string; detail: ReturnType<typeof usePlace>; hasPlaces: boolean };

function DetailPane({ id, detail, hasPlaces }: DetailProps) {
  const { t } = useTranslation();
  if (!hasPlaces) {
    return (
      <Card>
        <Empty description={t('places.emptyText')} />
      </Card>
    );
  }
  if (!id) return <Card>{t('places.pick')}</Card>;
  if (detail.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (detail.isError) {
    const missing = detail.error instanceof ApiError && detail.error.status === 404;
    return (
      <Card>
        {missing ? (
          <Result status="404" title={errorMessage(detail.error)} />
        ) : (
          <Alert type="error" showIcon title={errorMessage(detail.error)} />
        )}
      </Card>
    );
  }
  return <PlaceDetailCard place={detail.data} />;
}
