import { Card, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubmissionStats } from './api';

/** Received, sorted, solved, overdue and satisfaction for the chosen place's subtree (or all one sees). */
export function StatsStrip({ placeId }: { placeId?: string }) {
  const { t } = useTranslation();
  const stats = useSubmissionStats(placeId);
  const s = stats.data;
  const loading = stats.isPending;
  const average = s?.averageSatisfaction;
  return (
    <div className="stats-strip">
      <Card size="small">
        <Statistic title={t('submissions.stats.received')} value={s?.received ?? 0} loading={loading} />
      </Card>
      <Card size="small">
        <Statistic title={t('submissions.stats.sorted')} value={s?.sorted ?? 0} loading={loading} />
      </Card>
      <Card size="small">
        <Statistic title={t('submissions.stats.solved')} value={s?.solved ?? 0} loading={loading} />
      </Card>
      <Card size="small">
        <Statistic
          title={t('submissions.stats.overdue')}
          value={s?.overdue ?? 0}
          loading={loading}
          styles={{ content: s?.overdue ? { color: '#cf1322' } : undefined }}
        />
      </Card>
      <Card size="small">
        <Statistic
          title={t('submissions.stats.satisfaction')}
          value={average ?? t('submissions.stats.noRating')}
          precision={average == null ? undefined : 1}
          suffix={
            average == null ? undefined : (
              <span className="stats-note">/ 5 · {t('submissions.stats.rated', { count: s?.rated ?? 0 })}</span>
            )
          }
          loading={loading}
        />
      </Card>
    </div>
  );
}
