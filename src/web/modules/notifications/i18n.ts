import type { Locale } from '../../../shared/enums';
import { NOTICE_TEXTS } from '../../../shared/messages/notifications';

// This module's console texts: zh-CN first; zh-TW and en carry the same keys. The wording of the
// notices themselves (kinds, by, dates, withNote) is the catalogue the server's email reads too
// (shared/messages/notifications.ts), spread in under the same keys.
const zhCN = {
  title: '通知',
  bell: '通知，{{count}} 条未读',
  latest: '最新通知',
  markAllRead: '全部标为已读',
  markedAllRead: '已全部标为已读',
  viewAll: '查看全部',
  show: '显示',
  all: '全部',
  unread: '未读',
  unreadMark: '未读：',
  empty: '暂无通知',
  emptyUnread: '没有未读通知',
  justNow: '刚刚',
  ...NOTICE_TEXTS['zh-CN'],
};

export type ModuleMessages = typeof zhCN;

const zhTW: ModuleMessages = {
  title: '通知',
  bell: '通知，{{count}} 則未讀',
  latest: '最新通知',
  markAllRead: '全部標為已讀',
  markedAllRead: '已全部標為已讀',
  viewAll: '查看全部',
  show: '顯示',
  all: '全部',
  unread: '未讀',
  unreadMark: '未讀：',
  empty: '暫無通知',
  emptyUnread: '沒有未讀通知',
  justNow: '剛剛',
  ...NOTICE_TEXTS['zh-TW'],
};

const en: ModuleMessages = {
  title: 'Notifications',
  bell: 'Notifications, {{count}} unread',
  latest: 'Latest notifications',
  markAllRead: 'Mark all as read',
  markedAllRead: 'All marked as read',
  viewAll: 'View all',
  show: 'Show',
  all: 'All',
  unread: 'Unread',
  unreadMark: 'Unread: ',
  empty: 'No notifications',
  emptyUnread: 'No unread notifications',
  justNow: 'just now',
  ...NOTICE_TEXTS.en,
};

export const messages: Record<Locale, ModuleMessages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
