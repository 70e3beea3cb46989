import { Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import type { ActivityItem } from './types';

/** The latest steps on the records of the region, newest first; each opens its record. */
export function ActivityList({ items }: { items: ActivityItem[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<h2 className="workbench-card-title">{t('workbench.activity')}</h2>}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.noActivity')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(e) => {
            const what = `${e.actorName ?? t('workbench.someone')} ${t(`workbench.actions.${e.action}`)}`;
            return (
              <List.Item className="workbench-activity">
                <div>
                  {e.link ? <Link to={e.link}>{what}</Link> : what}
                  <Typography.Text type="secondary" className="workbench-activity-meta">
                    {t(`workbench.entities.${e.entity}`)} · {formatDateTime(e.at)}
                  </Typography.Text>
                </div>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
