// The trainings module's door (专题培训, 以会代训).
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { trainingFileRoutes } from './file-routes';
import { trainingCoreRoutes } from './routes';

/** Sessions, invitations, attendance, materials, the QR code and the hours per member. */
export async function trainingRoutes(app: FastifyInstance, deps: { db: Db; config: Config }) {
  await trainingCoreRoutes(app, deps);
  await trainingFileRoutes(app, deps);
}

export { seedDemoMaterial } from './demo';
