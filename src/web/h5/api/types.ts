// The public API's JSON as the phone pages receive it. These mirror the response schemas in
// src/server/modules/submissions/schemas.ts (dates arrive as ISO strings); the server is the contract.
import type { OutcomeType, PlaceKind, SubmissionStatus } from '../../../shared/enums';

export type Ref = { id: string; name: string };

export type PublicPlace = {
  code: string;
  name: string;
  kind: PlaceKind;
  brand: string | null;
  path: string[]; // names from the district down
  categories: Ref[];
  subPlaces: (Ref & { kind: PlaceKind })[]; // up to two levels below, e.g. grids
};

export type SubmissionCreated = { trackingCode: string; trackingUrl: string; status: SubmissionStatus };

export type StepKind =
  | 'submitted'
  | 'to_grid'
  | 'to_community'
  | 'to_township'
  | 'to_department'
  | 'merge'
  | 'decline'
  | 'reply'
  | 'solve'
  | 'rated'
  | 'reopen'
  | 'topic'
  | 'topic_unlinked';

export type PublicSubmission = {
  trackingCode: string;
  status: SubmissionStatus;
  placeName: string;
  category: string | null;
  content: string;
  createdAt: string;
  steps: { at: string; kind: string; note: string | null }[];
  rating: { solved: boolean; satisfaction: number; comment: string | null } | null;
  canRate: boolean;
  canReopen: boolean;
  outcomes: PublicOutcome[];
};

/** 协商成果 of the consultation on the topic the submission feeds: public text only. */
export type PublicOutcome = {
  code: string;
  type: OutcomeType;
  title: string;
  sentAt: string | null;
  consensus: string[];
  replied: boolean;
  instructed: boolean;
};

export type NewSubmission = {
  content: string;
  categoryId?: string;
  placeId?: string;
  contactName?: string;
  phone?: string;
  consent?: boolean;
  photoIds: string[];
  challenge?: { id: string; answer: string };
};

export type Challenge = { id: string; svg: string };
