import { BellOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Empty, Popover, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useMarkAllRead, useNotifications, useUnreadCount } from './api';
import { NoticeItem } from './NoticeItem';

const LATEST = { page: 1, pageSize: 10 };

/** The header's bell: the unread count, and the latest notices a click away. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount().data?.unread ?? 0;

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      arrow={false}
      open={open}
      onOpenChange={setOpen}
      content={<LatestNotices isOpen={open} unread={unread} onClose={() => setOpen(false)} />}
    >
      <Button
        type="text"
        className="on-dark header-bell"
        aria-label={t('notifications.bell', { count: unread })}
        aria-haspopup="dialog"
        aria-expanded={open}
        icon={
          <Badge count={unread} size="small" overflowCount={99} aria-hidden>
            <BellOutlined />
          </Badge>
        }
      />
    </Popover>
  );
}

type LatestProps = { isOpen: boolean; unread: number; onClose: () => void };

function LatestNotices({ isOpen, unread, onClose }: LatestProps) {
  const { t } = useTranslation();
  const list = useNotifications(LATEST, { enabled: isOpen, fresh: true });
  const markAll = useMarkAllRead();

  return (
    <section className="notice-popover" aria-label={t('notifications.latest')}>
      <header className="notice-popover-head">
        <strong>{t('notifications.latest')}</strong>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
      </header>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      {markAll.isError && <Alert type="error" showIcon title={errorMessage(markAll.error)} />}
      {list.data?.items.length ? (
        <ul className="notice-list">
          {list.data.items.map((n) => (
            <NoticeItem key={n.id} notice={n} onOpen={onClose} />
          ))}
        </ul>
      ) : list.data ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        list.isFetching && <Spin className="notice-loading" />
      )}
      <footer className="notice-popover-foot">
        <Link to="/notifications" onClick={onClose}>
          {t('notifications.viewAll')}
        </Link>
      </footer>
    </section>
  );
}
