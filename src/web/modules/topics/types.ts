// The topics API's JSON as the console receives it. These mirror src/server/modules/topics/schemas.ts
// and plan-schemas.ts (dates arrive as ISO strings); the server schemas are the contract.
import type {
  ConsultationForm,
  ConsultationStatus,
  PlaceKind,
  PlanItemStatus,
  ScreeningCriterion,
  SubmissionStatus,
  TopicSource,
  TopicStatus,
  TopicUrgency,
} from '../../../shared/enums';

export type Ref = { id: string; name: string };
export type Person = { id: string; displayName: string } | null;
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type TopicSummary = {
  id: string;
  code: string;
  title: string;
  status: TopicStatus;
  urgency: TopicUrgency;
  source: TopicSource;
  place: Ref;
  submissionCount: number;
  createdAt: string;
};
export type TopicList = Page<TopicSummary> & { counts: Record<TopicStatus, number> };

export type SubmissionBrief = {
  id: string;
  trackingCode: string;
  content: string;
  status: SubmissionStatus;
  place: Ref;
  createdAt: string;
};

export type ScreeningDecision = 'accept' | 'reject';
export type Criteria = Record<ScreeningCriterion, boolean>;

export type TopicDetail = {
  id: string;
  code: string;
  title: string;
  description: string;
  status: TopicStatus;
  urgency: TopicUrgency;
  source: TopicSource;
  place: Ref & { kind: PlaceKind };
  district: Ref | null;
  screening: {
    criteria: Criteria;
    decision: ScreeningDecision;
    reason: string | null;
    screenedBy: Person;
    screenedAt: string | null;
  } | null;
  submissions: SubmissionBrief[];
  plan: { id: string; year: number; status: PlanItemStatus; plannedMonth: number | null; district: Ref } | null;
  consultations: {
    id: string;
    code: string;
    title: string;
    form: ConsultationForm;
    status: ConsultationStatus;
    startsAt: string;
  }[];
  proposedBy: Person;
  createdAt: string;
  updatedAt: string;
  abilities: {
    screen: boolean;
    edit: boolean;
    withdraw: boolean;
    reopen: boolean;
    schedule: boolean;
    proposeToPlan: boolean;
  };
};

export type CreateTopicInput = {
  placeId: string;
  title: string;
  description?: string;
  source: TopicSource;
  urgency: TopicUrgency;
  submissionIds?: string[];
};
export type UpdateTopicInput = { title?: string; description?: string; urgency?: TopicUrgency };
export type ScreeningInput = { criteria: Criteria; decision: ScreeningDecision; reason?: string };

export type ScreeningGroup = {
  key: string;
  label: string;
  keywords: string[];
  size: number;
  places: Ref[];
  submissions: SubmissionBrief[];
};
export type ScreeningGroups = { groups: ScreeningGroup[]; scanned: number };

export type PlanItem = {
  id: string;
  topic: { id: string; code: string; title: string; urgency: TopicUrgency; status: TopicStatus; place: Ref };
  plannedMonth: number | null;
  status: PlanItemStatus;
  note: string | null;
  proposedBy: Person;
  decidedBy: Person;
  decidedAt: string | null;
  decisionReason: string | null;
  createdAt: string;
};
export type Plan = {
  district: Ref;
  year: number;
  items: PlanItem[];
  counts: Record<PlanItemStatus, number>;
  abilities: { propose: boolean; decide: boolean };
};
export type ProposeInput = { topicId: string; plannedMonth?: number | null; note?: string; approve?: boolean };
export type PlanDecisionInput = { decision: 'approve' | 'return'; reason?: string };
