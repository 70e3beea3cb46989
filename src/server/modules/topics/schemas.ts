import type { z } from 'zod';
import type {
  CandidatesQuery,
  CreateTopicBody,
  ExportTopicsQuery,
  ListTopicsQuery,
  ScreeningBody,
  TopicActionBody,
  TopicDetail,
  UpdateTopicBody,
} from '../../../shared/api/topics';

export {
  CandidatesQuery,
  CandidatesResponse,
  CreateTopicBody,
  ExportTopicsQuery,
  LinkSubmissionsBody,
  ListTopicsQuery,
  ScreeningBody,
  ScreeningGroupsQuery,
  ScreeningGroupsResponse,
  TopicActionBody,
  TopicDetail,
  TopicList,
  TopicParams,
  TopicSubmissionParams,
  UpdateTopicBody,
} from '../../../shared/api/topics';

export type CreateTopicInput = z.output<typeof CreateTopicBody>;
export type UpdateTopicInput = z.output<typeof UpdateTopicBody>;
export type TopicActionInput = z.output<typeof TopicActionBody>;
export type ScreeningInput = z.output<typeof ScreeningBody>;
export type ListTopicsInput = z.output<typeof ListTopicsQuery>;
export type CandidatesInput = z.output<typeof CandidatesQuery>;
export type TopicDetailOut = z.output<typeof TopicDetail>;
export type ExportTopicsInput = z.output<typeof ExportTopicsQuery>;
