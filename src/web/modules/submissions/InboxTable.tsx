import { Typography } from 'antd';
import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import type { FitColumn } from '../../ui/FitTable';
import { excerptAround, Highlight } from '../../ui/Highlight';
import { PagedTable } from '../../ui/PagedTable';
import type { SubmissionFilters } from './api';
import { DueAt, StatusTag } from './SubmissionTags';
import type { SubmissionList, SubmissionSummary } from './types';

type Props = {
  data: SubmissionList | undefined;
  loading: boolean;
  filters: SubmissionFilters;
  /** The inbox's URL query, so the detail page can lead back to the same view. */
  search: string;
  /** Words a text search marks in the content (its words, synonyms, 简 and 繁). */
  highlight: readonly string[];
  onPage: (page: number, pageSize: number) => void;
  /** 批量分办: the chosen rows, when the viewer may sort; only 待分办 rows can be chosen. */
  chosen?: readonly SubmissionSummary[];
  onChoose?: (rows: SubmissionSummary[]) => void;
};

/** One page of submissions, a search's words marked; a row (its tracking code) opens the detail page. */
export function InboxTable({ data, loading, filters, search, highlight, onPage, chosen, onChoose }: Props) {
  const { t } = useTranslation();
  const columns: FitColumn<SubmissionSummary>[] = [
    {
      key: 'code',
      title: t('submissions.trackingCode'),
      width: 150,
      render: (_, s) => (
        <Link to={`/submissions/${s.id}`} state={{ inbox: search }} className="tracking-code">
          {s.trackingCode}
        </Link>
      ),
    },
    {
      key: 'content',
      title: t('submissions.content'),
      render: (_, s) => (
        <Typography.Text ellipsis={{ tooltip: s.content }} className="inbox-content">
          <Highlight text={excerptAround(s.content, highlight)} words={highlight} />
        </Typography.Text>
      ),
    },
    { key: 'place', title: t('submissions.place'), width: 110, render: (_, s) => s.place.name },
    {
      key: 'channel',
      title: t('submissions.channel'),
      width: 90,
      fit: 'extra',
      render: (_, s) => t(`submissions.channels.${s.channel}`),
    },
    {
      key: 'status',
      title: t('submissions.status'),
      width: 96,
      fit: 'tag',
      render: (_, s) => <StatusTag status={s.status} />,
    },
    { key: 'created', title: t('submissions.createdAt'), width: 150, render: (_, s) => formatDateTime(s.createdAt) },
    {
      key: 'due',
      title: t('submissions.dueAt'),
      width: 170,
      fit: 'tag',
      render: (_, s) => <DueAt dueAt={s.dueAt} isOverdue={s.isOverdue} clockStoppedAt={s.clockStoppedAt} />,
    },
  ];
  return (
    <PagedTable<SubmissionSummary>
      columns={columns}
      data={data}
      loading={loading}
      rowClassName={(s) => (s.isOverdue ? 'row-overdue' : '')}
      paging={filters}
      onPage={onPage}
      rowHref={(s) => `/submissions/${s.id}`}
      rowState={{ inbox: search }}
      rowSelection={
        onChoose && {
          selectedRowKeys: chosen?.map((s) => s.id),
          onChange: (_, rows) => onChoose(rows.filter(Boolean)),
          getCheckboxProps: (s) => ({
            disabled: s.status !== 'received',
            'aria-label': t('submissions.batch.select', { code: s.trackingCode }),
          }),
          // only what waits to be sorted has a box; antd's own "select all" is labelled in English
          renderCell: (_, s, __, box) => (s.status === 'received' ? box : null),
          columnTitle: (box: ReactNode) =>
            isValidElement(box)
              ? cloneElement(box as ReactElement<{ 'aria-label'?: string }>, {
                  'aria-label': t('submissions.batch.selectAll'),
                })
              : box,
          columnWidth: 44,
        }
      }
    />
  );
}
