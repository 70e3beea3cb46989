// The notices API's JSON as the console receives it, inferred from the wire contract.
import type { ListFilters, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/notifications';

export type Notification = Wire<typeof Api.Notification>;
export type NotificationList = Wire<typeof Api.NotificationList>;
export type UnreadCount = Wire<typeof Api.UnreadCount>;
/** The list's filters as a page holds them: all notices, or the unread only. */
export type NotificationFilters = ListFilters<typeof Api.ListNotificationsQuery>;
