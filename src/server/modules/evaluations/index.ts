// The evaluations module's door (三评: 党政点评, 民主评议, 群众评价, and the combined score).
import type { FastifyInstance } from 'fastify';
import type { Challenges } from '../../platform/challenges';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { evaluationPublicRoutes } from './public-routes';
import { evaluationStaffRoutes } from './routes';

/** The console's API under /api/outcomes/:outcomeId/evaluations and the residents' under /api/public/evaluations. */
export async function evaluationRoutes(app: FastifyInstance, deps: { db: Db; config: Config; challenges: Challenges }) {
  await evaluationStaffRoutes(app, deps);
  await evaluationPublicRoutes(app, deps);
}

export { scoreOfOutcome } from './load';
