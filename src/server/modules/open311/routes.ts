import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LOCALES, type Locale } from '../../../shared/enums';
import type { Config } from '../../platform/config';
import { makeCipher } from '../../platform/crypto';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { errorAnswer } from '../../platform/http/error-handler';
import { requestLocale } from '../../platform/http/locale';
import { type Limit, take } from '../../platform/rate-limit';
import { createRequest } from './create-request';
import { partnerKey, presentForCaller } from './partner';
import { presentService } from './present';
import { findJurisdiction, offeredCategories } from './queries';
import { getRequest, listRequests } from './requests';
import {
  CreatedRequestsResponse,
  CreateRequestBody,
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
/** Requests one key may hand in per minute: a hotline's busiest hour stays below, a runaway loop does not. */
export const OPEN311_CREATE_LIMIT: Limit = { windowMs: 60_000, max: 30 };

/** The `locale` parameter, else the cookie or Accept-Language, else zh-CN. */
function open311Locale(req: FastifyRequest): Locale {
  const asked = (req.query as Record<string, unknown> | undefined)?.locale;
  return (LOCALES as readonly unknown[]).includes(asked) ? (asked as Locale) : requestLocale(req);
}

const errors = { 400: Open311Errors, 403: Open311Errors, 404: Open311Errors, 429: Open311Errors };

/** A partner's form post (application/x-www-form-urlencoded), as GeoReport v2 describes it: one value per field. */
const parseForm = (_req: FastifyRequest, body: string, done: (err: Error | null, body?: unknown) => void) =>
  done(null, Object.fromEntries(new URLSearchParams(body)));

/**
 * Open311 GeoReport v2 (/open311/v2/): services are a place's categories, requests its subtree's
 * submissions as the public tracking page shows them; partners with an API key hand requests in.
 * No session; rate-limited; JSON only.
 */
export async function open311Routes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const cipher = makeCipher(config.secret);
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, parseForm);
  // errors in Open311's shape: [{code, description}], in the reader's language
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    const { status, body } = errorAnswer(err, req, reply, open311Locale(req));
    // one error per field, each naming it
    const fields = body.fields?.map((f) => `${f.path}: ${f.message}`) ?? [];
    const field = typeof body.field === 'string' ? [body.field] : [];
    const descriptions = fields.length ? fields : [[body.message, ...field].join(' — ')];
    return reply.code(status).send(descriptions.map((description) => ({ code: status, description })));
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['open311'];
  const open = { isPublic: true };
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
      config: open,
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
      config: open,
    },
    async (req, reply) => {
      await admit(req, reply, req.params.format);
      const rows = await listRequests(db, req.query, new Date());
      return presentForCaller(db, rows, open311Locale(req), req.query.api_key);
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
      config: open,
    },
    async (req, reply) => {
      await admit(req, reply, req.params.format);
      const row = await getRequest(db, req.params.id, req.query.jurisdiction_id);
      return presentForCaller(db, [row], open311Locale(req), req.query.api_key);
    },
  );

  r.post(
    '/open311/v2/requests.:format',
    {
      schema: {
        tags,
        summary: 'Open311: a partner hands a request in with its API key, at a place within the key’s region',
        params: Open311Format,
        body: CreateRequestBody,
        response: { 201: CreatedRequestsResponse, ...errors },
      },
      config: open,
    },
    async (req, reply) => {
      await admit(req, reply, req.params.format);
      const key = await partnerKey(db, req.body.api_key);
      await take(db, reply, `open311-key:${key.id}`, OPEN311_CREATE_LIMIT);
      const created = await createRequest(db, cipher, key, req.body, req.ip);
      reply.code(201);
      return [{ service_request_id: created.id, service_notice: null, account_id: null }];
    },
  );
}
