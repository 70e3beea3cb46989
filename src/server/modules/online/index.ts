// The online module's door (scaffold: the module's owner fills it in this change).
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';

export async function onlineRoutes(_app: FastifyInstance, _deps: { db: Db; config: Config }) {}
export async function publicOnlineRoutes(_app: FastifyInstance, _deps: { db: Db; config: Config }) {}
