import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../shared/enums';
import type { Actor } from './auth/actor';
import { requireActor } from './auth/plugin';
import type { Db } from './db';
import { requestLocale } from './http/locale';

/** What every use case receives: the database, who is acting, from where, in which language. */
export type Ctx = { db: Db; actor: Actor; locale: Locale; ip: string | null };

/** Builds the use-case context for a signed-in request (401 without a session). */
export function contextOf(req: FastifyRequest, db: Db): Ctx {
  return { db, actor: requireActor(req), locale: requestLocale(req), ip: req.ip };
}
