import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import { makeCipher } from '../../platform/crypto';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { requestLocale } from '../../platform/http/locale';
import { readerNames } from '../../platform/http/reader-names';
import { createSlot, fillMonth, markAbsent, removeSlot, swapSlot } from './keep-rota';
import { listReceptions, rotaMembers } from './list';
import { loadSlotDetail, presentSlot } from './present';
import { publicReceptionWeek } from './public-week';
import { findVisibleSlot, slotsById } from './queries';
import { raiseAtReception, recordReception } from './record-day';
import {
  AbsentBody,
  CreateReceptionBody,
  FillMonthBody,
  FillMonthResult,
  ListReceptionsQuery,
  PlaceCodeParams,
  PublicReceptionWeek,
  RaiseProblemBody,
  ReceptionDetail,
  ReceptionList,
  ReceptionMembers,
  ReceptionMembersQuery,
  ReceptionParams,
  RecordReceptionBody,
  SwapBody,
} from './schemas';

/** 委员接待日: a place's rota, swaps and absences, the day recorded with the problems raised as submissions. */
export async function receptionRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['receptions'];
  const cipher = makeCipher(config.secret);

  const detail = async (req: FastifyRequest, id: string) => {
    const { actor } = contextOf(req, db);
    const slot = await findVisibleSlot(db, actor, id);
    if (!slot) throw notFound();
    return loadSlotDetail(db, actor, slot);
  };

  r.get(
    '/api/receptions',
    {
      schema: {
        tags,
        summary: 'The reception rota in a period (≤ 62 days): beneath a place, across your region, or your own',
        querystring: ListReceptionsQuery,
        response: { 200: ReceptionList },
      },
    },
    async (req) => listReceptions(contextOf(req, db), req.query),
  );

  r.get(
    '/api/receptions/members',
    {
      schema: {
        tags,
        summary: 'The members who may be put on a place’s rota (those serving it first), for those who keep it',
        querystring: ReceptionMembersQuery,
        response: { 200: ReceptionMembers },
      },
    },
    async (req) => rotaMembers(contextOf(req, db), req.query.placeId),
  );

  r.post(
    '/api/receptions',
    {
      schema: {
        tags,
        summary: 'Put a member on a place’s rota; they are told when it is within the coming week',
        body: CreateReceptionBody,
        response: { 201: ReceptionDetail },
      },
    },
    async (req, reply) => {
      const { id } = await createSlot(contextOf(req, db), req.body);
      reply.code(201);
      return detail(req, id);
    },
  );

  r.post(
    '/api/receptions/fill-month',
    {
      schema: {
        tags,
        summary: 'Fill a month of a place’s rota from a weekly pattern, the chosen members taking turns',
        body: FillMonthBody,
        response: { 201: FillMonthResult },
      },
    },
    async (req, reply) => {
      const { created, skipped } = await fillMonth(contextOf(req, db), req.body);
      reply.code(201);
      return { created: (await slotsById(db, created)).map(presentSlot), skipped };
    },
  );

  r.get(
    '/api/receptions/:id',
    {
      schema: {
        tags,
        summary: 'A reception day: who is on duty, the record of the day, the submissions raised, what you may do',
        params: ReceptionParams,
        response: { 200: ReceptionDetail },
      },
    },
    async (req) => detail(req, req.params.id),
  );

  r.delete(
    '/api/receptions/:id',
    {
      schema: { tags, summary: 'Take a slot off the rota (while scheduled)', params: ReceptionParams },
    },
    async (req, reply) => {
      await removeSlot(contextOf(req, db), req.params.id);
      return reply.code(204).send();
    },
  );

  r.post(
    '/api/receptions/:id/swap',
    {
      schema: {
        tags,
        summary: 'Another member takes the slot over (the member first on the rota is kept)',
        params: ReceptionParams,
        body: SwapBody,
        response: { 200: ReceptionDetail },
      },
    },
    async (req) => {
      await swapSlot(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/receptions/:id/absent',
    {
      schema: {
        tags,
        summary: '缺岗: the member on duty did not come (once the slot has begun), with the reason',
        params: ReceptionParams,
        body: AbsentBody,
        response: { 200: ReceptionDetail },
      },
    },
    async (req) => {
      await markAbsent(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/receptions/:id/record',
    {
      schema: {
        tags,
        summary: 'Record the day held: visitors, what was raised and done; each problem is filed as a submission',
        params: ReceptionParams,
        body: RecordReceptionBody,
        response: { 200: ReceptionDetail },
      },
    },
    async (req) => {
      await recordReception(contextOf(req, db), cipher, req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/receptions/:id/submissions',
    {
      schema: {
        tags,
        summary: 'File one more problem raised on a held reception day as a submission',
        params: ReceptionParams,
        body: RaiseProblemBody,
        response: { 201: ReceptionDetail },
      },
    },
    async (req, reply) => {
      await raiseAtReception(contextOf(req, db), cipher, req.params.id, req.body);
      reply.code(201);
      return detail(req, req.params.id);
    },
  );

  r.get(
    '/api/public/places/:code/receptions',
    {
      schema: {
        tags: ['public'],
        summary:
          '本周接待委员: this week’s reception members at the place and its workstation (names, 界别, time, venue)',
        params: PlaceCodeParams,
        response: { 200: PublicReceptionWeek },
      },
      config: { isPublic: true },
    },
    async (req, reply) => {
      const week = await publicReceptionWeek(db, req.params.code, requestLocale(req));
      const name = readerNames(req, reply); // 桃园社区 → 桃園社區 for a reader of 繁體
      return { ...week, items: week.items.map((i) => ({ ...i, placeName: name(i.placeName) })) };
    },
  );
}
