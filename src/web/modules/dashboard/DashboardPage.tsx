import './dashboard.css';
import { FullscreenOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Empty, Form, Result, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DASHBOARD_SECTIONS } from '../../../shared/api/dashboard';
import { errorMessage } from '../../api/client';
import { deploymentDay } from '../../lib/deployment-day';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useMe } from '../auth/api';
import { PlacePicker } from '../places';
import { useDashboard } from './api';
import { ChildrenTable } from './ChildrenTable';
import { dashboardLink } from './links';
import { PeriodPicker } from './PeriodPicker';
import { DEFAULT_PRESET, monthPeriod, presetPeriod } from './period';
import { ReportDownload } from './ReportDownload';
import { mayUseDashboard } from './roles';
import { SectionCard } from './SectionCard';
import { TrendChart } from './TrendChart';
import type { FigureKey, FigureUnit } from './types';
import { useDashboardParams } from './use-dashboard-params';

/** /dashboard — 数据看板: a place's figures for a period, by section, month by month, and its places compared. */
export default function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.title'));
  const me = useMe();
  const navigate = useNavigate();
  const { query, set } = useDashboardParams();
  const dashboard = useDashboard(query);
  const data = dashboard.data;
  const period = data?.period ?? (query.from && query.to ? { from: query.from, to: query.to } : null);
  const units = useMemo(
    () => new Map<FigureKey, FigureUnit>((data?.figures ?? []).map((f) => [f.key, f.unit])),
    [data?.figures],
  );
  if (!mayUseDashboard(me.data)) return <Result status="403" title="403" subTitle={t('common.notAllowed')} />;

  const crumbs = data
    ? [...data.ancestors, ...(data.place ? [data.place] : [])].map((p, i, all) => ({
        key: p.id,
        title:
          i < all.length - 1 ? (
            <Link to={dashboardLink('/dashboard', { ...query, placeId: p.id })}>{p.name}</Link>
          ) : (
            p.name
          ),
      }))
    : [];

  return (
    <>
      <div className="toolbar">
        <Typography.Title level={1} className="page-title dashboard-title">
          {t('dashboard.title')}
          {data && <span className="dashboard-title-place">{data.place?.name ?? t('dashboard.allInReach')}</span>}
        </Typography.Title>
        <span className="toolbar-spacer" />
        <ReportDownload placeId={query.placeId ?? data?.place?.id ?? null} />
        <Button icon={<FullscreenOutlined />} onClick={() => navigate(dashboardLink('/dashboard/screen', query))}>
          {t('dashboard.toScreen')}
        </Button>
      </div>
      <Form layout="inline" className="toolbar">
        <Form.Item label={t('dashboard.place')} htmlFor="dashboard-place">
          <PlacePicker
            id="dashboard-place"
            value={query.placeId ?? data?.place?.id}
            onChange={(placeId) => set({ placeId })}
            style={{ width: 260 }}
          />
        </Form.Item>
        <PeriodPicker
          value={period ?? presetPeriod(DEFAULT_PRESET, deploymentDay(Date.now()))}
          onChange={(p) => set(p)}
        />
      </Form>
      {crumbs.length > 1 && (
        <nav aria-label={t('dashboard.breadcrumb')}>
          <Breadcrumb items={crumbs} className="dashboard-crumbs" />
        </nav>
      )}
      {dashboard.isError && (
        <Alert
          type="error"
          showIcon
          title={t('dashboard.failed')}
          description={errorMessage(dashboard.error)}
          action={<Button onClick={() => dashboard.refetch()}>{t('common.retry')}</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      {dashboard.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && (
        <>
          <Typography.Paragraph type="secondary">
            {t('dashboard.periodText', { from: data.period.from, to: data.period.to })} ·{' '}
            {t('dashboard.updatedAt', { time: formatDateTime(data.generatedAt) })} · {t('dashboard.linkHelp')}
          </Typography.Paragraph>
          {DASHBOARD_SECTIONS.map((section) => {
            const figures = data.figures.filter((f) => f.section === section);
            return figures.length > 0 ? <SectionCard key={section} section={section} figures={figures} /> : null;
          })}
          <section aria-labelledby="dashboard-trend" className="dashboard-section">
            <Card
              title={
                <h2 id="dashboard-trend" className="dashboard-section-title">
                  {t('dashboard.trend')}
                </h2>
              }
              extra={<Typography.Text type="secondary">{t('dashboard.trendHelp')}</Typography.Text>}
            >
              {data.trend.months.length > 0 ? (
                <TrendChart
                  trend={data.trend}
                  units={units}
                  onMonth={(month) => {
                    const p = monthPeriod(month);
                    if (p) set(p);
                  }}
                />
              ) : (
                <Empty description={t('dashboard.noData')} />
              )}
            </Card>
          </section>
          <section aria-labelledby="dashboard-children" className="dashboard-section">
            <Card
              title={
                <h2 id="dashboard-children" className="dashboard-section-title">
                  {t('dashboard.children.title')}
                </h2>
              }
            >
              <ChildrenTable rows={data.children} query={query} period={data.period} loading={dashboard.isFetching} />
            </Card>
          </section>
        </>
      )}
    </>
  );
}
