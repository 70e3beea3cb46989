import './screen.css';
import { ArrowLeftOutlined, FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import { Alert, Button, ConfigProvider, Empty, Result, Spin, theme } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useMe } from '../auth/api';
import { useDashboard } from './api';
import { dashboardLink } from './links';
import { mayUseDashboard } from './roles';
import { ScreenFigures } from './ScreenFigures';
import { ScreenTree } from './ScreenTree';
import { TrendChart } from './TrendChart';
import type { FigureKey, FigureUnit } from './types';
import { useDashboardParams } from './use-dashboard-params';
import { useFullscreen } from './use-fullscreen';

const REFRESH_MS = 60_000;
const CHART_THEME = 'shangliang-dark';
// light text on deep blue: every pair at least 4.5:1 (WCAG AA)
const dark = {
  algorithm: theme.darkAlgorithm,
  token: { colorBgBase: '#0b1a2e', colorTextBase: '#e6edf5', colorPrimary: '#5ab1ef', colorLink: '#7cc4f5' },
};

/** /dashboard/screen — 大屏: the headline figures, the trend and the places below, dark, refreshed every minute. */
export default function ScreenPage() {
  return (
    <ConfigProvider theme={dark}>
      <Screen />
    </ConfigProvider>
  );
}

function Screen() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.screenTitle'));
  const me = useMe();
  const navigate = useNavigate();
  const { query } = useDashboardParams();
  const dashboard = useDashboard(query, REFRESH_MS);
  const fullscreen = useFullscreen();
  const data = dashboard.data;
  const units = useMemo(
    () => new Map<FigureKey, FigureUnit>((data?.figures ?? []).map((f) => [f.key, f.unit])),
    [data?.figures],
  );
  if (!mayUseDashboard(me.data))
    return (
      <main className="screen">
        <Result status="403" title="403" subTitle={t('common.notAllowed')} />
      </main>
    );

  return (
    <main className="screen">
      <header className="screen-header">
        <Link to={dashboardLink('/dashboard', query)} className="screen-back" title={t('dashboard.backToDashboard')}>
          <ArrowLeftOutlined aria-label={t('dashboard.backToDashboard')} />
        </Link>
        <h1 className="screen-title">
          {data && (data.place?.name ?? t('dashboard.allInReach'))} {t('dashboard.screenTitle')}
        </h1>
        <div className="screen-meta">
          {data && <span>{t('dashboard.periodText', { from: data.period.from, to: data.period.to })}</span>}
          {data && (
            <span title={t('dashboard.refreshing')}>
              {t('dashboard.updatedAt', { time: formatDateTime(data.generatedAt) })}
            </span>
          )}
          {dashboard.isFetching && <Spin size="small" />}
          {fullscreen.isSupported && (
            <Button
              type="text"
              icon={fullscreen.isOn ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
              onClick={fullscreen.toggle}
            >
              {fullscreen.isOn ? t('dashboard.exitFullscreen') : t('dashboard.fullscreen')}
            </Button>
          )}
        </div>
      </header>
      {dashboard.isError && (
        <Alert type="error" showIcon title={t('dashboard.failed')} description={errorMessage(dashboard.error)} />
      )}
      {dashboard.isPending && (
        <div className="screen-center">
          <Spin size="large" />
        </div>
      )}
      {data && (
        <>
          <ScreenFigures figures={data.figures} />
          <div className="screen-panels">
            <section className="screen-panel" aria-labelledby="screen-trend">
              <h2 id="screen-trend">{t('dashboard.trend')}</h2>
              <TrendChart trend={data.trend} units={units} theme={CHART_THEME} height={380} />
            </section>
            <section className="screen-panel" aria-labelledby="screen-tree">
              <h2 id="screen-tree">
                {t('dashboard.tree')} <small>{t('dashboard.treeHelp')}</small>
              </h2>
              {data.children.length > 0 ? (
                <ScreenTree
                  rows={data.children}
                  theme={CHART_THEME}
                  height={380}
                  onPlace={(placeId) => navigate(dashboardLink('/dashboard/screen', { ...query, placeId }))}
                />
              ) : (
                <Empty description={t('dashboard.children.empty')} />
              )}
            </section>
          </div>
        </>
      )}
    </main>
  );
}
