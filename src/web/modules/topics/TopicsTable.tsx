import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { PagedTable } from '../../ui/PagedTable';
import type { TopicFilters } from './api';
import { SourceTag, TopicStatusTag, UrgencyTag } from './TopicTags';
import type { TopicList, TopicSummary } from './types';

type Props = {
  data: TopicList | undefined;
  loading: boolean;
  filters: TopicFilters;
  onPage: (page: number, pageSize: number) => void;
};

/** One page of topics; the code and the title open the topic. */
export function TopicsTable({ data, loading, filters, onPage }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TopicSummary> = [
    {
      key: 'code',
      title: t('topics.code'),
      render: (_, topic) => (
        <Link to={`/topics/${topic.id}`} className="topic-code">
          {topic.code}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('topics.titleField'),
      render: (_, topic) => <Link to={`/topics/${topic.id}`}>{topic.title}</Link>,
    },
    { key: 'source', title: t('topics.source'), render: (_, topic) => <SourceTag source={topic.source} /> },
    { key: 'urgency', title: t('topics.urgency'), render: (_, topic) => <UrgencyTag urgency={topic.urgency} /> },
    { key: 'status', title: t('topics.status'), render: (_, topic) => <TopicStatusTag status={topic.status} /> },
    { key: 'place', title: t('topics.place'), render: (_, topic) => topic.place.name },
    {
      key: 'submissions',
      title: t('topics.submissionCount'),
      align: 'right',
      render: (_, topic) => topic.submissionCount,
    },
    { key: 'created', title: t('topics.createdAt'), render: (_, topic) => formatDateTime(topic.createdAt) },
  ];
  return (
    <PagedTable<TopicSummary>
      columns={columns}
      data={data}
      loading={loading}
      paging={filters}
      onPage={onPage}
      empty={t('topics.empty')}
    />
  );
}
