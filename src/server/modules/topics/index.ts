// The topics module's door (议题).

export { canTopic, visibleTopics } from './policy';
export {
  concludeTopic,
  findTopicById,
  findVisibleTopic,
  loadVisibleTopic,
  peopleById,
  releaseTopicFromConsultation,
  startTopicConsultation,
  type TopicRef,
  topicFilters,
} from './queries';
export { topicRoutes } from './routes';
export { isPlannable } from './rules';
export { topicStatusWords } from './status-errors';
