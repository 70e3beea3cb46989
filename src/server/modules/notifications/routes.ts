import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/plugin';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { countUnread, listNotifications, markAllNotificationsRead, markNotificationRead } from './queries';
import { ListNotificationsQuery, NotificationList, NotificationParams, UnreadCount } from './schemas';

/** 站内通知: the signed-in person's own notices, the bell's count, and marking them read. */
export async function notificationRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];

  r.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'Your notices, newest first (unread=true: the unread only), with the unread count',
        querystring: ListNotificationsQuery,
        response: { 200: NotificationList },
      },
    },
    async (req) => {
      const { items, total, unread } = await listNotifications(db, requireActor(req).id, req.query);
      return { items, total, unread, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  r.get(
    '/api/notifications/unread-count',
    { schema: { tags, summary: 'How many of your notices are unread', response: { 200: UnreadCount } } },
    async (req) => ({ unread: await countUnread(db, requireActor(req).id) }),
  );

  r.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one of your notices read; answers the unread count left',
        params: NotificationParams,
        response: { 200: UnreadCount },
      },
    },
    async (req) => {
      const accountId = requireActor(req).id;
      // another person's notice answers as one that does not exist
      if (!(await markNotificationRead(db, accountId, req.params.id))) throw notFound();
      return { unread: await countUnread(db, accountId) };
    },
  );

  r.post(
    '/api/notifications/read-all',
    {
      schema: { tags, summary: 'Mark all your notices read', response: { 200: UnreadCount } },
    },
    async (req) => {
      const accountId = requireActor(req).id;
      await markAllNotificationsRead(db, accountId);
      return { unread: await countUnread(db, accountId) };
    },
  );
}
