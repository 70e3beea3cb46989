// In-app notices (站内通知): the wire contract of the bell and the notices page.
import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../enums';
import { type EntityType, RECORD_PATHS } from '../notices';
import { IdParams, IsoDate, PageQuery, paged } from './common';

export const NotificationParams = IdParams;

export const ListNotificationsQuery = PageQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

/**
 * A notice: its kind and parameters (rendered in the reader's language), and the record it opens
 * (task → /tasks/:id, outcome → /outcomes/:id, consultation → /consultations/:id).
 * The console and the email read these parameters (src/shared/notices.ts); others are kept:
 * - `code`, `title`: the record's, for every kind;
 * - `actor`: who took the step (display name), for all but task_due_soon, task_overdue, revisit_due;
 * - `note`: their own words, as written (an urge, a 批示, a reason for sending back, a report);
 * - `dueAt` (ISO instant): task_assigned, task_due_soon, task_overdue, revisit_due;
 *   `startsAt` (ISO instant): invited.
 */
export const Notification = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  entityType: z.enum(Object.keys(RECORD_PATHS) as [EntityType, ...EntityType[]]),
  entityId: z.string(),
  readAt: IsoDate.nullable(),
  createdAt: IsoDate,
});

export const NotificationList = paged(Notification).extend({ unread: z.number().int() });
export const UnreadCount = z.object({ unread: z.number().int() });
