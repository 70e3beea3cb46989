import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import type { FitColumn } from '../../ui/FitTable';
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

/** One page of topics; a row (its code, its title) opens the topic. */
export function TopicsTable({ data, loading, filters, onPage }: Props) {
  const { t } = useTranslation();
  const columns: FitColumn<TopicSummary>[] = [
    {
      key: 'code',
      title: t('topics.code'),
      width: 150,
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
    {
      key: 'source',
      title: t('topics.source'),
      width: 104,
      fit: 'tag',
      render: (_, topic) => <SourceTag source={topic.source} />,
    },
    {
      key: 'urgency',
      title: t('topics.urgency'),
      width: 96,
      fit: 'tag',
      render: (_, topic) => <UrgencyTag urgency={topic.urgency} />,
    },
    {
      key: 'status',
      title: t('topics.status'),
      width: 96,
      fit: 'tag',
      render: (_, topic) => <TopicStatusTag status={topic.status} />,
    },
    { key: 'place', title: t('topics.place'), width: 110, render: (_, topic) => topic.place.name },
    {
      key: 'submissions',
      title: t('topics.submissionCount'),
      align: 'right',
      width: 90,
      render: (_, topic) => topic.submissionCount,
    },
    {
      key: 'created',
      title: t('topics.createdAt'),
      width: 150,
      fit: 'extra',
      render: (_, topic) => formatDateTime(topic.createdAt),
    },
  ];
  return (
    <PagedTable<TopicSummary>
      columns={columns}
      data={data}
      loading={loading}
      paging={filters}
      onPage={onPage}
      empty={t('topics.empty')}
      rowHref={(topic) => `/topics/${topic.id}`}
    />
  );
}
