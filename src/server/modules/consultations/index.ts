// The consultations module's door (协商议事活动, 签到).
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { fileRoutes } from './file-routes';
import { recordRoutes } from './record-routes';
import { consultationCoreRoutes } from './routes';

export { canConsultation, visibleConsultations } from './policy';
export { publicLink } from './present';
export { publicAttendanceRoutes } from './public-routes';
export {
  type ConsultationRef,
  findConsultationByPublicToken,
  findVisibleConsultation,
  listConsensusItems,
} from './queries';
export { fileMimeType } from './rules';
export { consultationFilters } from './summaries';

/** The staff API: consultations, their record, files, minutes and QR code. */
export async function consultationRoutes(app: FastifyInstance, deps: { db: Db; config: Config }) {
  await consultationCoreRoutes(app, deps);
  await recordRoutes(app, deps);
  await fileRoutes(app, deps);
}
