import { QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Statistic, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WhistleStats as Stats } from './types';
import { formatHours } from './whistle-form';

/** The list's figures: how many, open, answered, and the median hours to the first answer and to closing. */
export function WhistleStats({ stats }: { stats: Stats | undefined }) {
  const { t } = useTranslation();
  const hours = (h: number | null | undefined) =>
    h === null || h === undefined ? t('common.none') : t('whistles.hours', { hours: formatHours(h) });
  return (
    <Card size="small" className="whistle-stats">
      <div className="whistle-stats-grid">
        <Statistic title={t('whistles.stats.total')} value={stats?.total ?? 0} />
        <Statistic title={t('whistles.stats.open')} value={stats?.open ?? 0} />
        <Statistic title={t('whistles.stats.answered')} value={stats?.answered ?? 0} />
        <Statistic
          title={
            <span>
              {t('whistles.stats.firstResponse')}{' '}
              <Tooltip title={t('whistles.stats.help')}>
                <QuestionCircleOutlined aria-label={t('whistles.stats.help')} />
              </Tooltip>
            </span>
          }
          value={hours(stats?.medianFirstResponseHours)}
        />
        <Statistic title={t('whistles.stats.close')} value={hours(stats?.medianCloseHours)} />
      </div>
    </Card>
  );
}
