import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/api/common';
import { OpenDataParams, OpenDataQuery, OpenFigures } from '../../../shared/api/open-data';
import type { Db } from '../../platform/db';
import { requestLocale } from '../../platform/http/locale';
import { take } from '../../platform/rate-limit';
import { OPEN311_READ_LIMIT } from '../open311';
import { getOpenFigures } from './get-open-figures';
import { figuresCsv } from './present';

/**
 * Open data (/open-data/v1/): a place's public figures for a period, as JSON or CSV. No session;
 * limited per address as the Open311 reads are.
 */
export async function openDataRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['open-data'];
  const config = { isPublic: true };
  const errors = { 400: ErrorBody, 404: ErrorBody, 429: ErrorBody };

  r.get(
    '/open-data/v1/places/:code/figures.json',
    {
      schema: {
        tags,
        summary: 'Open data: a place’s public figures (code = the place code) for a year or a period',
        params: OpenDataParams,
        querystring: OpenDataQuery,
        response: { 200: OpenFigures, ...errors },
      },
      config,
    },
    async (req, reply) => {
      await take(db, reply, `open-data-ip:${req.ip}`, OPEN311_READ_LIMIT);
      return getOpenFigures(db, requestLocale(req), req.params.code, req.query);
    },
  );

  r.get(
    '/open-data/v1/places/:code/figures.csv',
    {
      schema: {
        tags,
        summary: 'Open data: the same figures as CSV (UTF-8 with BOM): figure,name,value,unit,from,to',
        params: OpenDataParams,
        querystring: OpenDataQuery,
        response: { 200: z.string(), ...errors },
      },
      config,
    },
    async (req, reply) => {
      await take(db, reply, `open-data-ip:${req.ip}`, OPEN311_READ_LIMIT);
      const data = await getOpenFigures(db, requestLocale(req), req.params.code, req.query);
      const name = `${data.place.code}-${data.period.from}-${data.period.to}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(figuresCsv(data.figures, data.period));
    },
  );
}
