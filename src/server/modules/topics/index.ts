// The topics module's door (议题, 年度协商计划).
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';

export { canTopic, visibleTopics } from './policy';
export { concludeTopic, findTopicById, findVisibleTopic, startTopicConsultation, type TopicRef } from './queries';

// scaffold: the module's owner replaces this with `export { topicRoutes } from './routes'`
export async function topicRoutes(_app: FastifyInstance, _deps: { db: Db; config: Config }) {}
