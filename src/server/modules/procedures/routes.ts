import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { getCouncil, putCouncil } from './council';
import { createProcedure, setProcedureArchived, updateProcedure } from './keep-procedure';
import { ensureBuiltInProcedures, findProcedure, listProcedures, presentProcedure } from './queries';
import {
  Council,
  CouncilBody,
  CouncilParams,
  CreateProcedureBody,
  ListProceduresQuery,
  Procedure,
  ProcedureList,
  ProcedureParams,
  UpdateProcedureBody,
} from './schemas';

/** 议事规程 (procedure templates) and councils' settings. */
export async function procedureRoutes(app: FastifyInstance, { db }: { db: Db }) {
  await ensureBuiltInProcedures(db);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consultations'];

  const one = async (req: FastifyRequest, id: string) => {
    const ctx = contextOf(req, db);
    const row = await findProcedure(db, id);
    if (!row) throw notFound();
    return presentProcedure(ctx.actor, row);
  };

  r.get(
    '/api/procedures',
    {
      schema: {
        tags,
        summary: 'Procedures offered at a place: the built-ins and those kept at it or above it',
        querystring: ListProceduresQuery,
        response: { 200: ProcedureList },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      const place = req.query.placeId ? await findVisiblePlace(db, ctx.actor, req.query.placeId) : undefined;
      if (req.query.placeId && !place) throw notFound();
      const rows = await listProcedures(db, ctx.actor, place?.path);
      return { items: rows.map((row) => presentProcedure(ctx.actor, row)) };
    },
  );

  r.post(
    '/api/procedures',
    {
      schema: {
        tags,
        summary: "Define a place's own procedure: 1–12 ordered steps, at least one required",
        body: CreateProcedureBody,
        response: { 201: Procedure },
      },
    },
    async (req, reply) => {
      const id = await createProcedure(contextOf(req, db), req.body);
      reply.code(201);
      return one(req, id);
    },
  );

  r.patch(
    '/api/procedures/:id',
    {
      schema: {
        tags,
        summary: 'Change a procedure (built-ins are read-only: 409)',
        params: ProcedureParams,
        body: UpdateProcedureBody,
        response: { 200: Procedure },
      },
    },
    async (req) => {
      await updateProcedure(contextOf(req, db), req.params.id, req.body);
      return one(req, req.params.id);
    },
  );

  for (const [verb, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    r.post(
      `/api/procedures/:id/${verb}`,
      {
        schema: {
          tags,
          summary: archived ? 'No longer offer a procedure for new consultations' : 'Offer an archived procedure again',
          params: ProcedureParams,
          response: { 200: Procedure },
        },
      },
      async (req) => {
        await setProcedureArchived(contextOf(req, db), req.params.id, archived);
        return one(req, req.params.id);
      },
    );
  }

  r.get(
    '/api/councils/:placeId',
    {
      schema: {
        tags,
        summary: "A council's settings: procedure, fixed meeting dates (逢十说事, 月月谈) and the next six",
        params: CouncilParams,
        response: { 200: Council },
      },
    },
    async (req) => getCouncil(contextOf(req, db), req.params.placeId),
  );

  r.put(
    '/api/councils/:placeId',
    {
      schema: {
        tags,
        summary: "Set a council's procedure and meeting rule",
        params: CouncilParams,
        body: CouncilBody,
        response: { 200: Council },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      await putCouncil(ctx, req.params.placeId, req.body);
      return getCouncil(ctx, req.params.placeId);
    },
  );
}
