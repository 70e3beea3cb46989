import { EnvironmentOutlined } from '@ant-design/icons';
import { Card, Empty, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DueTag, KindTag } from './ContactTags';
import { formatDay } from './format';
import type { ContactList } from './types';

type Props = {
  data: ContactList | undefined;
  loading: boolean;
  /** the member's name on each card (for those reading the region's contacts) */
  showMember: boolean;
  empty: string;
  paging: { page: number; pageSize: number };
  onPage: (page: number, pageSize: number) => void;
};

/** Contacts as cards, one column on a phone: the due ones first; each opens its page. */
export function ContactCards({ data, loading, showMember, empty, paging, onPage }: Props) {
  const { t } = useTranslation();
  return (
    <List
      grid={{ gutter: 12, xs: 1, sm: 1, md: 2, xl: 3 }}
      loading={loading}
      dataSource={data?.items}
      rowKey="id"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      pagination={
        (data?.total ?? 0) > paging.pageSize
          ? { current: paging.page, pageSize: paging.pageSize, total: data?.total ?? 0, onChange: onPage }
          : false
      }
      renderItem={(c) => (
        <List.Item>
          <Card size="small" className={`contact-card${c.isDue && !c.archivedAt ? ' is-due' : ''}`}>
            <Link to={`/contacts/${c.id}`} className="contact-card-name">
              {c.name}
            </Link>
            <Space size={4} wrap className="contact-card-tags">
              <KindTag kind={c.kind} />
              <DueTag contact={c} />
            </Space>
            <Typography.Text type="secondary" className="contact-card-line">
              <EnvironmentOutlined /> {c.place.name}
              {c.address ? ` · ${c.address}` : ''}
            </Typography.Text>
            <Typography.Text type="secondary" className="contact-card-line">
              {c.lastContactAt && `${t('contacts.lastContact', { date: formatDay(c.lastContactAt) })} · `}
              {t('contacts.every', { days: c.visitEveryDays })}
            </Typography.Text>
            {showMember && <Typography.Text className="contact-card-line">{c.member.displayName}</Typography.Text>}
          </Card>
        </List.Item>
      )}
    />
  );
}
