import './online.css';
import { Alert, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useOnline } from './api';
import { PublicLink } from './PublicLink';
import { StatementComposer } from './StatementComposer';
import { StatementTable } from './StatementTable';
import type { OnlineView } from './types';
import { numbered, WINDOW_COLORS, windowState } from './window-state';

/**
 * An online consultation (网络协商) on the consultation's page: the residents' link, the window,
 * who took part and in which opinion groups, and the statements with their votes — what has broad
 * agreement (共识) and what divides (分歧). Refreshes every 15 s while open.
 */
export function OnlinePanel({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const online = useOnline(consultationId);
  if (online.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (online.isError) return <Alert type="error" showIcon title={errorMessage(online.error)} />;
  const v = online.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Overview view={v} />
      <Bursts view={v} />
      <Card size="small" title={t('online.compose.title')}>
        <StatementComposer consultationId={consultationId} canPost={v.abilities.post} />
      </Card>
      <Card size="small" title={t('online.list.title')}>
        <StatementTable view={v} />
      </Card>
    </Space>
  );
}

function Overview({ view: v }: { view: OnlineView }) {
  const { t } = useTranslation();
  const state = windowState(v);
  const visible = v.statements.filter((s) => s.hidden === null).length;
  return (
    <Card
      size="small"
      title={t('online.title')}
      extra={
        <Space size={4}>
          <Tag color={WINDOW_COLORS[state]}>{t(`online.window.${state}`)}</Tag>
          {state === 'open' && (
            <Typography.Text type="secondary" className="online-meta">
              {t('online.window.refreshing')}
            </Typography.Text>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
        <Descriptions.Item label={t('online.window.opensAt')}>{formatDateTime(v.opensAt)}</Descriptions.Item>
        <Descriptions.Item label={t('online.window.closesAt')}>
          {v.closesAt ? formatDateTime(v.closesAt) : t('online.window.noClose')}
        </Descriptions.Item>
        <Descriptions.Item label={t('online.stats.participants')}>{v.participantCount}</Descriptions.Item>
        <Descriptions.Item label={t('online.stats.statements')}>{visible}</Descriptions.Item>
        <Descriptions.Item label={t('online.stats.groups')} span="filled">
          {v.groups.length > 1 ? (
            <Space size={4} wrap>
              {numbered(v.groups).map((g) => (
                <Tag key={g.n}>{t('online.stats.groupSize', { n: g.n, size: g.size })}</Tag>
              ))}
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('online.stats.oneGroup')}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      <PublicLink url={v.publicUrl} />
    </Card>
  );
}

/** Many new voters from one address in the last hour: for moderators, who may hide or discount them. */
function Bursts({ view: v }: { view: OnlineView }) {
  const { t } = useTranslation();
  if (v.bursts.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('online.burst.title')}
      description={
        <>
          <ul className="online-bursts">
            {v.bursts.map((b) => (
              <li key={b.address}>
                {t('online.burst.item', { address: b.address, n: b.newVoters, at: formatDateTime(b.lastAt) })}
              </li>
            ))}
          </ul>
          <Typography.Text type="secondary">{t('online.burst.hint')}</Typography.Text>
        </>
      }
    />
  );
}
