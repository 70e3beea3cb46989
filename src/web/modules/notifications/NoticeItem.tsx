import './notifications.css';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { useMarkRead } from './api';
import { recordPath, renderNotice, timeAgo } from './render';
import type { Notification } from './types';

type Props = {
  notice: Notification;
  /** the page shows the date and time beside how long ago */
  showDate?: boolean;
  /** after the notice was opened (the bell closes) */
  onOpen?: () => void;
};

/** One notice: what happened, who did it and when; opening it marks it read and goes to its record. */
export function NoticeItem({ notice, showDate = false, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const markRead = useMarkRead();
  const { headline, lines } = renderNotice(t, notice, formatDateTime);
  const isUnread = notice.readAt === null;
  const open = () => {
    if (isUnread) markRead.mutate(notice.id);
    onOpen?.();
  };

  return (
    <li className={isUnread ? 'notice notice-unread' : 'notice'}>
      <Link to={recordPath(notice)} onClick={open} className="notice-link">
        <span className="notice-dot" aria-hidden />
        <span className="notice-body">
          <span className="notice-headline">
            {isUnread && <span className="notice-sr">{t('notifications.unreadMark')}</span>}
            {headline}
          </span>
          {lines.map((line) => (
            <Typography.Text key={line} type="secondary" className="notice-line" ellipsis={{ tooltip: line }}>
              {line}
            </Typography.Text>
          ))}
        </span>
        <time className="notice-time" dateTime={notice.createdAt} title={formatDateTime(notice.createdAt)}>
          {timeAgo(notice.createdAt, Date.now(), i18n.language, t, formatDateTime)}
          {showDate && <span className="notice-date">{formatDateTime(notice.createdAt)}</span>}
        </time>
      </Link>
    </li>
  );
}
