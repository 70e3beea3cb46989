import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_MESSAGES } from '../../../shared/error-messages';
import { requestLocale } from './locale';

// what the router refuses before any route, hook or error handler runs
const ANSWERS = {
  FST_ERR_BAD_URL: { status: 400, code: 'bad_url' }, // a percent-escape that decodes to no text (%ff)
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'url_too_long' }, // a path parameter past 100 characters
} as const;

/**
 * Fastify's `frameworkErrors`: the router's own refusals answer as every other error does, with a
 * stable code and a message in the caller's language, instead of Fastify's body. Anything else it
 * reports here (an async route constraint failing; we define none) is a server error.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const locale = requestLocale(req);
  const known = ANSWERS[err.code as keyof typeof ANSWERS];
  if (known) {
    req.log.info({ code: err.code }, 'rejected url');
    return reply.code(known.status).send({ code: known.code, message: ERROR_MESSAGES[known.code][locale] });
  }
  req.log.error({ code: err.code }, 'router error');
  return reply.code(500).send({ code: 'internal', message: ERROR_MESSAGES.internal[locale] });
}
