// The outcomes API's JSON as the console receives it; mirrors src/server/modules/outcomes/schemas.ts
// (dates arrive as ISO strings). The server is the contract.
import type {
  ConsultationStatus,
  OutcomeStatus,
  OutcomeType,
  Role,
  SubmissionStatus,
  TopicStatus,
} from '../../../shared/enums';

type CodeRef = { id: string; code: string; title: string };
type RoleAt = { role: Role; placeName: string };

export type OutcomeSummary = {
  id: string;
  code: string;
  type: OutcomeType;
  title: string;
  status: OutcomeStatus;
  place: { id: string; name: string };
  consultation: CodeRef;
  sentAt: string | null;
  recipientCount: number;
  repliedCount: number;
  awaitsMyReply: boolean;
  createdAt: string;
};

export type OutcomeList = {
  items: OutcomeSummary[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<OutcomeStatus, number> & { unreplied: number };
};

export type Recipient = {
  id: string;
  account: { id: string; displayName: string; roles: RoleAt[] };
  sentAt: string;
  readAt: string | null;
  reply: string | null;
  repliedAt: string | null;
  instruction: string | null;
  instructedAt: string | null;
};

export type ConsensusItem = { id: string; number: number; text: string };

export type OutcomeDetail = Omit<OutcomeSummary, 'awaitsMyReply'> & {
  body: string;
  consensus: ConsensusItem[];
  topic: CodeRef;
  createdBy: { id: string; displayName: string } | null;
  updatedAt: string;
  recipients: Recipient[];
  abilities: { edit: boolean; send: boolean; reply: boolean; instruct: boolean };
};

export type RecipientCandidate = { id: string; displayName: string; username: string; roles: RoleAt[] };

export type OutcomeInput = {
  type: OutcomeType;
  title: string;
  body: string;
  consensusItemIds: string[];
};

export type CaseFileKind = 'submission' | 'topic' | 'consultation' | 'outcome';

export type CaseFile = {
  submissions: { id: string; trackingCode: string; content: string; status: SubmissionStatus }[];
  topic: { id: string; code: string; title: string; status: TopicStatus } | null;
  consultations: { id: string; code: string; title: string; status: ConsultationStatus; startsAt: string }[];
  outcomes: { id: string; code: string; title: string; type: OutcomeType; status: OutcomeStatus }[];
};

/** What the create form needs of the consultation (GET /api/consultations/:id). */
export type SourceConsultation = {
  id: string;
  code: string;
  title: string;
  status: ConsultationStatus;
  topic: CodeRef;
  consensus: ConsensusItem[];
};
