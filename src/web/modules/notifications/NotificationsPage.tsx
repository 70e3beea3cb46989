import { Alert, App, Button, Empty, Flex, Pagination, Segmented, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useMarkAllRead, useNotifications, useUnreadCount } from './api';
import { NoticeItem } from './NoticeItem';
import type { NotificationFilters } from './types';

type Show = 'all' | 'unread';

/** /notifications — 通知: all one's notices or the unread only, newest first; a row opens its record. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  useDocumentTitle(t('notifications.title'));
  const [params, setParams] = useSearchParams();
  const show: Show = params.get('unread') === 'true' ? 'unread' : 'all';
  const filters: NotificationFilters = {
    unread: show === 'unread' ? 'true' : undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
  const list = useNotifications(filters);
  const count = useUnreadCount().data?.unread;
  const markAll = useMarkAllRead();

  // the bell's count moved (a new notice came, or one was read elsewhere): read the page again
  const { refetch } = list;
  const listed = list.data?.unread;
  useEffect(() => {
    if (count !== undefined && listed !== undefined && count !== listed) void refetch();
  }, [count, listed, refetch]);

  const go = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '' || (k === 'page' && v === 1)) next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next);
  };
  const markAllRead = () =>
    markAll.mutate(undefined, {
      onSuccess: () => void message.success(t('notifications.markedAllRead')),
      onError: (err) => void message.error(errorMessage(err)),
    });
  const items = list.data?.items ?? [];

  return (
    <>
      <Typography.Title level={1} className="page-title notices-title">
        {t('notifications.title')}
      </Typography.Title>
      <Flex className="notice-toolbar" justify="space-between" align="center" gap={12} wrap>
        <Segmented<Show>
          aria-label={t('notifications.show')}
          value={show}
          onChange={(v) => go({ unread: v === 'unread' ? 'true' : undefined, page: undefined })}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: `${t('notifications.unread')} ${count ?? ''}`.trim() },
          ]}
        />
        <Button onClick={markAllRead} loading={markAll.isPending} disabled={!count}>
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} className="notice-alert" />}
      <Spin spinning={list.isFetching}>
        <div className="notice-page">
          {items.length > 0 ? (
            <ul className="notice-list">
              {items.map((n) => (
                <NoticeItem key={n.id} notice={n} showDate />
              ))}
            </ul>
          ) : (
            !list.isPending && (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={show === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')}
              />
            )
          )}
        </div>
      </Spin>
      {(list.data?.total ?? 0) > 0 && (
        <Pagination
          className="notice-pagination"
          align="end"
          current={filters.page}
          pageSize={filters.pageSize}
          total={list.data?.total ?? 0}
          showSizeChanger
          showTotal={(total) => t('common.total', { count: total })}
          onChange={(page, pageSize) => go({ page, pageSize: pageSize === 20 ? undefined : pageSize })}
        />
      )}
    </>
  );
}
