import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { readUpload } from '../../platform/http/upload';
import { XLSX_MIME } from '../../platform/xlsx-export';
import { movePlace, setPlaceArchived, updatePlace } from './change-place';
import { createPlace } from './create-place';
import { importPlaces } from './import-places';
import { placesTemplate } from './import-template';
import { listPlaces } from './list-places';
import { loadPlaceDetail, loadVisiblePlaceDetail } from './load';
import {
  CreatePlaceBody,
  ImportPlacesQuery,
  ImportResult,
  ListPlacesQuery,
  MovePlaceBody,
  PlaceListResponse,
  PlaceParams,
  PlaceResponse,
  UpdatePlaceBody,
} from './schemas';

export async function placeRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['places'];

  r.get(
    '/api/places',
    {
      schema: {
        tags,
        summary: 'Children of a place (or the top of your reach), or a name search',
        querystring: ListPlacesQuery,
        response: { 200: PlaceListResponse },
      },
    },
    async (req) => listPlaces(contextOf(req, db), req.query),
  );

  r.get(
    '/api/places/:id',
    {
      schema: {
        tags,
        summary: 'One place with its breadcrumb and what you may do to it',
        params: PlaceParams,
        response: { 200: PlaceResponse },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      return loadVisiblePlaceDetail(db, ctx.actor, req.params.id);
    },
  );

  r.post(
    '/api/places',
    {
      schema: {
        tags,
        summary: 'Create a place under a parent',
        body: CreatePlaceBody,
        response: { 201: PlaceResponse },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      const row = await createPlace(ctx, req.body);
      reply.code(201);
      return loadPlaceDetail(db, { ...row, childCount: 0 }, ctx.actor);
    },
  );

  r.patch(
    '/api/places/:id',
    {
      schema: {
        tags,
        summary: 'Rename a place or change its attributes',
        params: PlaceParams,
        body: UpdatePlaceBody,
        response: { 200: PlaceResponse },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      await updatePlace(ctx, req.params.id, req.body);
      return loadVisiblePlaceDetail(db, ctx.actor, req.params.id);
    },
  );

  r.post(
    '/api/places/:id/move',
    {
      schema: {
        tags,
        summary: 'Move a place, with everything beneath it, under another parent',
        params: PlaceParams,
        body: MovePlaceBody,
        response: { 200: PlaceResponse },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      await movePlace(ctx, req.params.id, req.body.parentId);
      return loadVisiblePlaceDetail(db, ctx.actor, req.params.id);
    },
  );

  for (const [verb, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    r.post(
      `/api/places/:id/${verb}`,
      {
        schema: {
          tags,
          summary: `${verb === 'archive' ? 'Archive' : 'Restore'} a place`,
          params: PlaceParams,
          response: { 200: PlaceResponse },
        },
      },
      async (req) => {
        const ctx = contextOf(req, db);
        await setPlaceArchived(ctx, req.params.id, archived);
        return loadVisiblePlaceDetail(db, ctx.actor, req.params.id);
      },
    );
  }

  r.post(
    '/api/places/import',
    {
      schema: {
        tags,
        summary: 'Import places from .xlsx or .csv (multipart field "file"); all rows or none',
        consumes: ['multipart/form-data'],
        querystring: ImportPlacesQuery,
        response: { 200: ImportResult },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      const file = await readUpload(req);
      if (!file || !/\.(xlsx|csv)$/i.test(file.filename)) throw new AppError(400, 'import_file_required');
      return importPlaces(ctx, file.data, file.filename, req.query.dryRun === 'true');
    },
  );

  r.get(
    '/api/places/import-template',
    { schema: { tags, summary: 'An .xlsx template for place imports' } },
    async (req, reply) => {
      const file = await placesTemplate(contextOf(req, db));
      reply.header('content-type', XLSX_MIME);
      reply.header('content-disposition', 'attachment; filename="places-template.xlsx"');
      return reply.send(file);
    },
  );
}
