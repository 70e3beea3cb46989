import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { forbidden } from '../../platform/errors';
import { canReadAudit } from './policy';
import { listAuditEvents } from './queries';
import { AuditListResponse, ListAuditQuery } from './schemas';

export async function auditRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: "Your region's audit log (admins)",
        querystring: ListAuditQuery,
        response: { 200: AuditListResponse },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      if (!canReadAudit(ctx.actor)) throw forbidden();
      const { items, total } = await listAuditEvents(db, ctx.actor, req.query);
      return { items, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );
}
