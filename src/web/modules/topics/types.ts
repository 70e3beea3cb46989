// The topics API's JSON as the console receives it, read from the wire contract.
import type { ListFilters, Wire } from '../../../shared/api/common';
import type * as Plans from '../../../shared/api/plans';
import type * as Api from '../../../shared/api/topics';

export type TopicSummary = Wire<typeof Api.TopicSummary>;
export type TopicList = Wire<typeof Api.TopicList>;
export type SubmissionBrief = Wire<typeof Api.SubmissionBrief>;
export type Candidates = Wire<typeof Api.CandidatesResponse>;
export type TopicDetail = Wire<typeof Api.TopicDetail>;
export type ScreeningDecision = (typeof Api.SCREENING_DECISIONS)[number];
export type Criteria = Wire<typeof Api.ScreeningBody>['criteria'];
export type ScreeningGroup = Wire<typeof Api.ScreeningGroup>;
export type ScreeningGroups = Wire<typeof Api.ScreeningGroupsResponse>;

export type CreateTopicInput = Wire<typeof Api.CreateTopicBody>;
export type UpdateTopicInput = Wire<typeof Api.UpdateTopicBody>;
export type LinkSubmissionsInput = Wire<typeof Api.LinkSubmissionsBody>;
export type TopicActionInput = Wire<typeof Api.TopicActionBody>;
export type ScreeningInput = Wire<typeof Api.ScreeningBody>;
/** The list's and the candidates' filters as the pages hold them. */
export type TopicFilters = ListFilters<typeof Api.ListTopicsQuery>;
export type CandidatesFilters = ListFilters<typeof Api.CandidatesQuery>;

export type PlanItem = Wire<typeof Plans.PlanItem>;
export type Plan = Wire<typeof Plans.PlanResponse>;
export type ProposeInput = Wire<typeof Plans.ProposePlanItemBody>;
export type PlanDecisionInput = Wire<typeof Plans.PlanDecisionBody>;
