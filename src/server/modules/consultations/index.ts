// The consultations module's door (scaffold: the module's owner fills it in this change).
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';

export async function consultationRoutes(_app: FastifyInstance, _deps: { db: Db; config: Config }) {}
export async function publicAttendanceRoutes(_app: FastifyInstance, _deps: { db: Db; config: Config }) {}
