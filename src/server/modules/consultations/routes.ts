import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { sendWorkbook } from '../../platform/list-export';
import { findVisiblePlace } from '../places';
import { readable } from './access';
import { actOnConsultation } from './act-on-consultation';
import { exportConsultations } from './export-consultations';
import { loadConsultationDetail } from './load';
import { listInvitable } from './participants';
import { scheduleConsultation } from './schedule-consultation';
import {
  ActionBody,
  ConsultationDetail,
  ConsultationList,
  ConsultationParams,
  ExportConsultationsQuery,
  InvitableList,
  InvitableQuery,
  InvitationList,
  ListConsultationsQuery,
  ScheduleBody,
  UpdateBody,
} from './schemas';
import { listInvitations, listVisibleConsultations } from './summaries';
import { updateConsultation } from './update-consultation';

/** 协商议事活动: list, schedule, detail, change, start/conclude/cancel; the invitee's own list. */
export async function consultationCoreRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consultations'];

  const detail = async (req: FastifyRequest, id: string) => {
    const ctx = contextOf(req, db);
    return loadConsultationDetail(db, ctx.actor, await readable(ctx, id), config.publicUrl);
  };

  r.get(
    '/api/consultations',
    {
      schema: {
        tags,
        summary: 'Consultations in your region or to which you are invited, filtered and searched',
        querystring: ListConsultationsQuery,
        response: { 200: ConsultationList },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      const place = req.query.placeId ? await findVisiblePlace(db, ctx.actor, req.query.placeId) : undefined;
      if (req.query.placeId && !place) throw notFound();
      const { items, total } = await listVisibleConsultations(db, ctx.actor, req.query, place?.path);
      return { items, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  r.get(
    '/api/consultations/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The consultations as Excel: the rows the list shows for the same query, streamed; 413 past 200,000',
        querystring: ExportConsultationsQuery,
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      const place = req.query.placeId ? await findVisiblePlace(db, ctx.actor, req.query.placeId) : undefined;
      if (req.query.placeId && !place) throw notFound();
      return sendWorkbook(reply, await exportConsultations(ctx, req.query, place?.path, new Date()));
    },
  );

  r.get(
    '/api/my/invitations',
    {
      schema: {
        tags,
        summary: 'The consultations you are invited to: upcoming first, then past',
        response: { 200: InvitationList },
      },
    },
    async (req) => ({ items: await listInvitations(db, contextOf(req, db).actor.id, new Date()) }),
  );

  r.post(
    '/api/consultations',
    {
      schema: {
        tags,
        summary: 'Schedule a consultation on a topic under a council; the topic goes into consultation',
        body: ScheduleBody,
        response: { 201: ConsultationDetail },
      },
    },
    async (req, reply) => {
      const id = await scheduleConsultation(contextOf(req, db), req.body);
      reply.code(201);
      return detail(req, id);
    },
  );

  r.get(
    '/api/consultations/:id',
    {
      schema: {
        tags,
        summary: 'One consultation with its steps, participants, opinions, consensus, dissent and files',
        params: ConsultationParams,
        response: { 200: ConsultationDetail },
      },
    },
    async (req) => detail(req, req.params.id),
  );

  r.patch(
    '/api/consultations/:id',
    {
      schema: {
        tags,
        summary: 'Change title, venue, times, pre-study notes or summary (409 once closed)',
        params: ConsultationParams,
        body: UpdateBody,
        response: { 200: ConsultationDetail },
      },
    },
    async (req) => {
      await updateConsultation(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/consultations/:id/actions',
    {
      schema: {
        tags,
        summary: 'Start, conclude (required steps done, consensus recorded) or cancel (with a reason)',
        params: ConsultationParams,
        body: ActionBody,
        response: { 200: ConsultationDetail },
      },
    },
    async (req) => {
      await actOnConsultation(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.get(
    '/api/consultations/:id/invitable',
    {
      schema: {
        tags,
        summary: 'Accounts of the same district that may be invited (members, leaders, liaisons, departments)',
        params: ConsultationParams,
        querystring: InvitableQuery,
        response: { 200: InvitableList },
      },
    },
    async (req) => ({ items: await listInvitable(contextOf(req, db), req.params.id, req.query.q || undefined) }),
  );
}
