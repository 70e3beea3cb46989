import { Empty, Flex, Input, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { useCandidates } from './api';
import type { SubmissionBrief } from './types';

type Props = {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Only submissions within this place's subtree (the council's). */
  placeId?: string;
};

const PAGE_SIZE = 6;

/** Pick submissions sorted to a council (社区/街道议事) that no topic holds yet; searched across 简/繁. */
export function CandidatePicker({ id, value = [], onChange, placeId }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const [page, setPage] = useState(1);
  const candidates = useCandidates({ placeId, q: q || undefined, page, pageSize: PAGE_SIZE }, true);
  const [known, setKnown] = useState<Record<string, string>>({});
  const remember = (rows: SubmissionBrief[]) =>
    setKnown((prev) => ({ ...prev, ...Object.fromEntries(rows.map((r) => [r.id, r.trackingCode])) }));

  const columns: TableColumnsType<SubmissionBrief> = [
    {
      key: 'code',
      title: t('topics.trackingCode'),
      render: (_, s) => (
        <Link to={`/submissions/${s.id}`} target="_blank" className="topic-code">
          {s.trackingCode}
        </Link>
      ),
    },
    {
      key: 'content',
      title: t('topics.content'),
      render: (_, s) => (
        <Typography.Text ellipsis={{ tooltip: s.content }} style={{ maxWidth: 260 }}>
          {s.content}
        </Typography.Text>
      ),
    },
    { key: 'place', title: t('topics.submissionPlace'), render: (_, s) => s.place.name },
    { key: 'created', title: t('topics.createdAt'), render: (_, s) => formatDateTime(s.createdAt) },
  ];

  return (
    <div id={id} className="candidate-picker">
      <Input.Search
        allowClear
        value={search}
        maxLength={60}
        onChange={(e) => {
          setSearch(e.target.value);
          setPage(1);
        }}
        placeholder={t('topics.create.searchCandidates')}
        aria-label={t('topics.create.searchCandidates')}
        style={{ marginBottom: 8 }}
      />
      <Table<SubmissionBrief>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={candidates.data?.items}
        loading={candidates.isFetching}
        rowSelection={{
          selectedRowKeys: value,
          preserveSelectedRowKeys: true,
          onChange: (keys, rows) => {
            remember(rows.filter(Boolean));
            onChange?.(keys.map(String));
          },
        }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('topics.create.noCandidates')} />,
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: candidates.data?.total ?? 0,
          size: 'small',
          onChange: setPage,
        }}
      />
      <Flex wrap gap={4} align="center">
        <Typography.Text type="secondary">{t('topics.create.selected', { count: value.length })}</Typography.Text>
        {value.map((sid) => (
          <Tag key={sid} closable onClose={() => onChange?.(value.filter((v) => v !== sid))}>
            {known[sid] ?? candidates.data?.items.find((c) => c.id === sid)?.trackingCode ?? sid.slice(0, 8)}
          </Tag>
        ))}
      </Flex>
    </div>
  );
}
