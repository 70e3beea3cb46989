import { fastifyCookie } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { LOCALES, type Locale } from '../../../shared/enums';
import { pickLocale } from '../../../shared/error-messages';

/** The caller's language: the `lang` cookie the console sets, else Accept-Language, else zh-CN. */
export function requestLocale(req: FastifyRequest): Locale {
  // the router's refusals (frameworkErrors) come before the cookie plugin has read the header
  const cookie = (req.cookies ?? fastifyCookie.parse(req.headers.cookie ?? '')).lang;
  if (cookie && (LOCALES as readonly string[]).includes(cookie)) return cookie as Locale;
  return pickLocale(req.headers['accept-language']);
}
