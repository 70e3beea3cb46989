// The consultations module's door (协商议事活动, 议事规程, 签到).
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { fileRoutes } from './file-routes';
import { procedureRoutes } from './procedure-routes';
import { ensureBuiltInProcedures } from './procedures';
import { recordRoutes } from './record-routes';
import { consultationCoreRoutes } from './routes';

export { canConsultation, visibleConsultations } from './policy';
export { publicLink } from './present';
export { ensureBuiltInProcedures } from './procedures';
export { publicAttendanceRoutes } from './public-routes';
export {
  type ConsultationRef,
  findConsultationByPublicToken,
  findVisibleConsultation,
  listConsensusItems,
} from './queries';

/** The staff API: procedures and councils, consultations, their record, files, minutes and QR code. */
export async function consultationRoutes(app: FastifyInstance, deps: { db: Db; config: Config }) {
  await ensureBuiltInProcedures(deps.db);
  await procedureRoutes(app, deps);
  await consultationCoreRoutes(app, deps);
  await recordRoutes(app, deps);
  await fileRoutes(app, deps);
}
