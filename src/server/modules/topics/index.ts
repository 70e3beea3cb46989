// The topics module's door (议题, 年度协商计划).

export { canTopic, visibleTopics } from './policy';
export {
  concludeTopic,
  findTopicById,
  findVisibleTopic,
  releaseTopicFromConsultation,
  startTopicConsultation,
  type TopicRef,
} from './queries';
export { topicRoutes } from './routes';
