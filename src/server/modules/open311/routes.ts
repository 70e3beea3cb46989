import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LOCALES, type Locale } from '../../../shared/enums';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { errorAnswer } from '../../platform/http/error-handler';
import { requestLocale } from '../../platform/http/locale';
import { type Limit, take } from '../../platform/rate-limit';
import { presentRequest, presentService } from './present';
import { findJurisdiction, offeredCategories } from './queries';
import { getRequest, listRequests } from './requests';
import {
  Open311Errors,
  Open311Format,
  Open311RequestParams,
  RequestsQuery,
  RequestsResponse,
  ServicesQuery,
  ServicesResponse,
  SingleRequestQuery,
} from './schemas';

/** Reads per address and minute: a partner system polling stays far below, a scraper does not. */
export const OPEN311_READ_LIMIT: Limit = { windowMs: 60_000, max: 120 };

/** The `locale` parameter, else the cookie or Accept-Language, else zh-CN. */
function open311Locale(req: FastifyRequest): Locale {
  const asked = (req.query as Record<string, unknown> | undefined)?.locale;
  return (LOCALES as readonly unknown[]).includes(asked) ? (asked as Locale) : requestLocale(req);
}

const errors = { 400: Open311Errors, 404: Open311Errors, 429: Open311Errors };

/**
 * Open311 GeoReport v2, read side (/open311/v2/): services are a place's categories, requests its
 * subtree's submissions as the public tracking page shows them. No session; rate-limited; JSON only.
 */
export async function open311Routes(app: FastifyInstance, { db }: { db: Db }) {
  // errors in Open311's shape: [{code, description}], in the reader's language
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    const { status, body } = errorAnswer(err, req, reply, open311Locale(req));
    const fields = body.fields?.map((f) => `${f.path}: ${f.message}`) ?? [];
    const field = typeof body.field === 'string' ? [body.field] : [];
    const description = [body.message, ...fields, ...field].join(' — ');
    return reply.code(status).send([{ code: status, description }]);
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['open311'];
  const config = { isPublic: true };
  const admit = async (req: FastifyRequest, reply: Parameters<typeof take>[1], format: string) => {
    await take(db, reply, `open311-ip:${req.ip}`, OPEN311_READ_LIMIT);
    if (format !== 'json') throw new AppError(400, 'open311_json_only', {}, [], { field: 'format' });
  };

  r.get(
    '/open311/v2/services.:format',
    {
      schema: {
        tags,
        summary: 'Open311: the services (categories) offered at a place; jurisdiction_id = the place code',
        params: Open311Format,
        querystring: ServicesQuery,
        response: { 200: ServicesResponse, ...errors },
      },
      config,
    },
    async (req, reply) => {
      await admit(req, reply, req.params.format);
      const place = await findJurisdiction(db, req.query.jurisdiction_id);
      return (await offeredCategories(db, place)).map(presentService);
    },
  );

  r.get(
    '/open311/v2/requests.:format',
    {
      schema: {
        tags,
        summary: 'Open311: a place’s public requests (its subtree’s submissions), newest first, at most 1000',
        params: Open311Format,
        querystring: RequestsQuery,
        response: { 200: RequestsResponse, ...errors },
      },
      config,
    },
    async (req, reply) => {
      await admit(req, reply, req.params.format);
      const locale = open311Locale(req);
      return (await listRequests(db, req.query, new Date())).map((row) => presentRequest(row, locale));
    },
  );

  r.get(
    '/open311/v2/requests/:id.:format',
    {
      schema: {
        tags,
        summary: 'Open311: one request by its service_request_id (the submission’s uuid), as a list of one',
        params: Open311RequestParams,
        querystring: SingleRequestQuery,
        response: { 200: RequestsResponse, ...errors },
      },
      config,
    },
    async (req, reply) => {
      await admit(req, reply, req.params.format);
      const row = await getRequest(db, req.params.id, req.query.jurisdiction_id);
      return [presentRequest(row, open311Locale(req))];
    },
  );
}
