import { Empty } from 'antd';
import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FitTable } from './FitTable';

type Props<T extends object> = Omit<ComponentProps<typeof FitTable<T>>, 'dataSource' | 'pagination' | 'locale'> & {
  /** One page of the list as the server answered it. */
  data: { items: readonly T[]; total: number } | undefined;
  /** The page and its size as the URL has them. */
  paging: { page?: number; pageSize?: number };
  onPage: (page: number, pageSize: number) => void;
  /** What an empty list says; antd's own words when not given. */
  empty?: ReactNode;
};

/** A console list paged by the server: rows keyed by id, the total, a page-size choice; it fits the screen. */
export function PagedTable<T extends { id: string }>({ data, paging, onPage, empty, ...table }: Props<T>) {
  const { t } = useTranslation();
  return (
    <FitTable<T>
      dataSource={data?.items}
      locale={
        empty === undefined
          ? undefined
          : { emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }
      }
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { count: total }),
        onChange: onPage,
      }}
      {...table}
    />
  );
}
