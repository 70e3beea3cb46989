import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Locale } from '../../../shared/enums';
import { ERROR_MESSAGES, FIELD_MESSAGES, type FieldMessageKey, formatMessage } from '../../../shared/error-messages';
import { isUniqueViolation } from '../db';
import { AppError, type FieldError } from '../errors';
import { requestLocale } from './locale';

export type ErrorBody = {
  code: string;
  message: string;
  fields?: { path: string; message: string }[];
  [k: string]: unknown;
};

/** The one place errors become HTTP answers; 5xx details never leave the server. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    const { status, body } = errorAnswer(err, req, reply);
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler((req, reply) => {
    const locale = requestLocale(req);
    reply.code(404).send({ code: 'not_found', message: ERROR_MESSAGES.not_found[locale] });
  });
}

/**
 * The status and body an error answers with, in the caller's language (an interface with its own
 * error shape, such as Open311, reshapes this body).
 */
export function errorAnswer(
  err: FastifyError | AppError,
  req: FastifyRequest,
  reply: FastifyReply,
  locale: Locale = requestLocale(req),
): { status: number; body: ErrorBody } {
  if (err instanceof AppError) {
    if (typeof err.extra.retryAfter === 'number') reply.header('retry-after', String(err.extra.retryAfter));
    return { status: err.status, body: appErrorBody(err, locale) };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fields = err.validation.map((v) => zodIssueToField(v.instancePath, v.keyword, v.params, v.message));
    return { status: 400, body: appErrorBody(new AppError(400, 'invalid_input', {}, fields), locale) };
  }
  if (isUniqueViolation(err)) {
    // two requests raced past the same pre-check: the database's unique index decided
    return { status: 409, body: appErrorBody(new AppError(409, 'conflict'), locale) };
  }
  const status = err.statusCode ?? 500;
  if (status === 429) return { status, body: { code: 'rate_limited', message: ERROR_MESSAGES.rate_limited[locale] } };
  if (status >= 400 && status < 500) {
    // malformed JSON, body or file too large, unsupported media type …
    const code = status === 413 ? 'payload_too_large' : 'bad_request';
    req.log.info({ err: redact(err.message) }, 'rejected request');
    return { status, body: { code, message: ERROR_MESSAGES[code][locale] } };
  }
  logError(req, err);
  return { status: 500, body: { code: 'internal', message: ERROR_MESSAGES.internal[locale] } };
}

/**
 * Logs what a maintainer needs and nothing a person sent: the code (PostgreSQL's SQLSTATE when it
 * came from the database), the route, and the message and stack with values taken out — a failed
 * query's parameters, and anything quoted, which is how PostgreSQL echoes a bad value. The request
 * id comes with req.log.
 */
function logError(req: FastifyRequest, err: unknown) {
  const e = err instanceof Error ? err : new Error(String(err));
  const cause = e.cause instanceof Error ? e.cause : undefined;
  req.log.error(
    {
      code: codeOf(cause) ?? codeOf(e),
      route: `${req.method} ${req.routeOptions.url ?? '(no route)'}`,
      err: { type: e.name, message: redact(e.message), stack: framesOf(e) },
      ...(cause ? { cause: { type: cause.name, message: redact(cause.message) } } : {}),
    },
    'unhandled error',
  );
}

const codeOf = (e: Error | undefined) => {
  const code = (e as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
};

const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|“[^”]*”|「[^」]*」/g;
const SINGLE_QUOTED = /'(?:[^'\\]|''|\\.)*'/g;

/**
 * A message without the values in it. Drizzle appends the query's "params: …" (cut); PostgreSQL
 * and most code quote a bad value (masked). The statement itself keeps its "identifiers".
 */
export function redact(message: string) {
  const head = message.split('\nparams:')[0] ?? '';
  const masked = head.startsWith('Failed query:')
    ? head.replace(SINGLE_QUOTED, '‹redacted›')
    : head.replace(QUOTED, '‹redacted›');
  return masked.slice(0, 500);
}

const framesOf = (e: Error) =>
  (e.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .join('\n');

export function appErrorBody(err: AppError, locale: Locale): ErrorBody {
  const body: ErrorBody = {
    code: err.code,
    message: formatMessage(ERROR_MESSAGES[err.code][locale], localizeParams(err.params, locale)),
    ...err.extra,
  };
  if (err.fields.length) {
    body.fields = err.fields.map((f) => ({
      path: f.path,
      message: formatMessage(FIELD_MESSAGES[f.key][locale], f.params),
    }));
  }
  return body;
}

function localizeParams(params: Record<string, unknown>, locale: Locale) {
  // params may carry {zh-CN, zh-TW, en} objects (e.g. place kind labels)
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = v && typeof v === 'object' && locale in v ? (v as Record<string, unknown>)[locale] : v;
  }
  return out;
}

/** Maps a zod issue to a field message; custom messages in schemas are FIELD_MESSAGES keys. */
export function zodIssueToField(
  instancePath: string,
  code: string,
  params: Record<string, unknown>,
  custom?: string,
): FieldError {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.') || '(body)';
  if (custom && custom in FIELD_MESSAGES) {
    // a custom issue may carry what its message names (the value given, the values allowed)
    const own = params.params as Record<string, unknown> | undefined;
    return own ? { path, key: custom as FieldMessageKey, params: own } : { path, key: custom as FieldMessageKey };
  }
  if (code === 'invalid_type' && isMissing(params, custom)) return { path, key: 'required' };
  if (code === 'too_small') {
    if (params.origin === 'string')
      return params.minimum === 1 ? { path, key: 'blank' } : { path, key: 'too_short', params };
    return { path, key: 'too_small_number', params };
  }
  if (code === 'too_big') {
    if (params.origin === 'string') return { path, key: 'too_long', params };
    return { path, key: 'too_big_number', params };
  }
  if (code in FIELD_MESSAGES) return { path, key: code as FieldMessageKey, params };
  return { path, key: 'invalid' };
}

// zod 4 leaves the input out of issues unless asked; its message then says what was received
const isMissing = (params: Record<string, unknown>, message?: string) =>
  'input' in params ? params.input === undefined : /received undefined$/.test(message ?? '');
