// The proposals module's door (提案办理: 交办, 答复, 见面, 满意度, 重新办理, 答复率/见面率/满意度).

import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { proposalCoreRoutes } from './routes';
import { writingProposalRoutes } from './writing-routes';

export { seedDemoProposals } from './demo';

/** The handlings of proposals from consultations (outcomes) and of members' own forwarded proposals. */
export async function proposalRoutes(app: FastifyInstance, deps: { db: Db; config: Config }) {
  await proposalCoreRoutes(app, deps);
  await writingProposalRoutes(app, deps);
}
export { rateCountsByChild as proposalRateCountsByChild } from './queries';
