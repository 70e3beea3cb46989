// The public API's JSON as the phone pages send and receive it, inferred from the wire contract.
// Type imports only: the phone bundle must not carry zod.
import type {
  BoardOutcomeFilter,
  BoardOutcomePage as BoardOutcomePageSchema,
  BoardResponse,
} from '../../../shared/api/accountability';
import type { Wire } from '../../../shared/api/common';
import type { PublicReceptionWeek } from '../../../shared/api/receptions';
import type {
  ChallengeErrorBody,
  Challenge as ChallengeSchema,
  CreatePublicSubmissionBody,
  PhotoUploaded,
  PublicOutcome as PublicOutcomeSchema,
  PublicPlaceMembers,
  PublicPlaceResponse,
  PublicSubmissionResponse,
  RateBody,
  ReopenBody,
  SubmissionCreatedResponse,
} from '../../../shared/api/submissions-public';

export type PublicPlace = Wire<typeof PublicPlaceResponse>;
/** 委员会客厅: the members a resident of the place may write to. */
export type PlaceMembers = Wire<typeof PublicPlaceMembers>;
/** 本周接待委员: this week's reception members at the place. */
export type ReceptionWeek = Wire<typeof PublicReceptionWeek>;
export type SubmissionCreated = Wire<typeof SubmissionCreatedResponse>;
export type PublicSubmission = Wire<typeof PublicSubmissionResponse>;
/** A step of the timeline the resident sees. */
export type StepKind = PublicSubmission['steps'][number]['kind'];
/** 协商成果 of the consultation on the topic the submission feeds: public text only. */
export type PublicOutcome = Wire<typeof PublicOutcomeSchema>;

export type NewSubmission = Wire<typeof CreatePublicSubmissionBody>;
export type Rating = Wire<typeof RateBody>;
export type Reopening = Wire<typeof ReopenBody>;
export type PhotoStored = Wire<typeof PhotoUploaded>;

export type Challenge = Wire<typeof ChallengeSchema>;
/** A refusal as the server sends it; one that asks for the image challenge carries it. */
export type ErrorBody = Wire<typeof ChallengeErrorBody>;

/** A place's public board (公开栏) and a page of its outcomes. */
export type Board = Wire<typeof BoardResponse>;
export type BoardCounts = Board['thisYear'];
export type BoardOutcomePage = Wire<typeof BoardOutcomePageSchema>;
export type BoardOutcome = BoardOutcomePage['items'][number];
export type { BoardOutcomeFilter };
