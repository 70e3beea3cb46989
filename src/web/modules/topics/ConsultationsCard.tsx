import { CalendarOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../lib/format';
import type { TopicDetail } from './types';

/** The consultations held on the topic, each a link; "安排协商" opens the schedule form for it. */
export function ConsultationsCard({ topic }: { topic: TopicDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card
      size="small"
      title={t('topics.detail.consultations')}
      extra={
        topic.abilities.schedule && (
          <Button
            size="small"
            type="primary"
            icon={<CalendarOutlined />}
            onClick={() => navigate(`/consultations?new=${topic.id}`)}
          >
            {t('topics.detail.schedule')}
          </Button>
        )
      }
    >
      {topic.consultations.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('topics.detail.noConsultations')} />
      ) : (
        <ul className="group-items">
          {topic.consultations.map((c) => (
            <li key={c.id}>
              <Space size={8} wrap>
                <Link to={`/consultations/${c.id}`} className="topic-code">
                  {c.code}
                </Link>
                <Link to={`/consultations/${c.id}`}>{c.title}</Link>
                <Tag>{t(`consultations.forms.${c.form}`)}</Tag>
                <Tag>{t(`consultations.statuses.${c.status}`)}</Tag>
                <Typography.Text type="secondary">{formatDateTime(c.startsAt)}</Typography.Text>
              </Space>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
