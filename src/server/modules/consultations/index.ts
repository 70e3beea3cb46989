// The consultations module's door (协商议事活动, 议事规程, 签到).
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';

export { canConsultation, visibleConsultations } from './policy';
export {
  type ConsultationRef,
  findConsultationByPublicToken,
  findVisibleConsultation,
  listConsensusItems,
} from './queries';

// scaffold: the module's owner replaces these with the real route plugins
export async function consultationRoutes(_app: FastifyInstance, _deps: { db: Db; config: Config }) {}
export async function publicAttendanceRoutes(_app: FastifyInstance, _deps: { db: Db; config: Config }) {}
