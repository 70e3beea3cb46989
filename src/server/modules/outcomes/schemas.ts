import { z } from 'zod';
import {
  CONSULTATION_STATUSES,
  OUTCOME_STATUSES,
  OUTCOME_TYPES,
  ROLES,
  SUBMISSION_STATUSES,
  TOPIC_STATUSES,
} from '../../../shared/enums';

const Title = z.string().trim().min(4).max(100);
const Body = z.string().trim().max(20_000);
const ConsensusIds = z.array(z.uuid()).max(100);
const Answer = z.string().trim().min(1).max(2000);

export const OutcomeParams = z.object({ id: z.uuid() });

export const CreateOutcomeBody = z.object({
  consultationId: z.uuid(),
  type: z.enum(OUTCOME_TYPES),
  title: Title,
  body: Body,
  consensusItemIds: ConsensusIds,
});
export type CreateOutcomeInput = z.infer<typeof CreateOutcomeBody>;

export const UpdateOutcomeBody = z.object({
  type: z.enum(OUTCOME_TYPES).optional(),
  title: Title.optional(),
  body: Body.optional(),
  consensusItemIds: ConsensusIds.optional(),
});
export type UpdateOutcomeInput = z.infer<typeof UpdateOutcomeBody>;

export const SendOutcomeBody = z.object({ accountIds: z.array(z.uuid()).min(1).max(50) });
export const ReplyBody = z.object({ reply: Answer });
export const InstructionBody = z.object({ instruction: Answer });

export const ListOutcomesQuery = z.object({
  q: z.string().trim().min(1).max(60).optional(),
  type: z.enum(OUTCOME_TYPES).optional(),
  status: z.enum(OUTCOME_STATUSES).optional(),
  placeId: z.uuid().optional(),
  box: z.enum(['all', 'received']).default('all'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListOutcomesInput = z.infer<typeof ListOutcomesQuery>;

export const CandidatesQuery = z.object({ q: z.string().trim().max(60).optional() });

const Ref = z.object({ id: z.string(), name: z.string() });
const CodeRef = z.object({ id: z.string(), code: z.string(), title: z.string() });
const RoleAt = z.object({ role: z.enum(ROLES), placeName: z.string() });

export const OutcomeSummary = z.object({
  id: z.string(),
  code: z.string(),
  type: z.enum(OUTCOME_TYPES),
  title: z.string(),
  status: z.enum(OUTCOME_STATUSES),
  place: Ref,
  consultation: CodeRef,
  sentAt: z.date().nullable(),
  recipientCount: z.number(),
  repliedCount: z.number(),
  /** Sent to the viewer and not yet answered by them (the "收到的" box). */
  awaitsMyReply: z.boolean(),
  createdAt: z.date(),
});

export const OutcomeListResponse = z.object({
  items: z.array(OutcomeSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** Per status under the filters; `unreplied`: outcomes sent to the viewer they have not answered. */
  counts: z.object({ draft: z.number(), sent: z.number(), answered: z.number(), unreplied: z.number() }),
});

export const Recipient = z.object({
  id: z.string(),
  account: z.object({ id: z.string(), displayName: z.string(), roles: z.array(RoleAt) }),
  sentAt: z.date(),
  readAt: z.date().nullable(),
  reply: z.string().nullable(),
  repliedAt: z.date().nullable(),
  instruction: z.string().nullable(),
  instructedAt: z.date().nullable(),
});

export const OutcomeDetail = OutcomeSummary.omit({ awaitsMyReply: true }).extend({
  body: z.string(),
  consensus: z.array(z.object({ id: z.string(), number: z.number(), text: z.string() })),
  topic: CodeRef,
  createdBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  updatedAt: z.date(),
  recipients: z.array(Recipient),
  abilities: z.object({ edit: z.boolean(), send: z.boolean(), reply: z.boolean(), instruct: z.boolean() }),
});

export const CandidatesResponse = z.object({
  items: z.array(z.object({ id: z.string(), displayName: z.string(), username: z.string(), roles: z.array(RoleAt) })),
});

export const CASE_FILE_KINDS = ['submission', 'topic', 'consultation', 'outcome'] as const;
export type CaseFileKind = (typeof CASE_FILE_KINDS)[number];

export const CaseFileQuery = z.object({ kind: z.enum(CASE_FILE_KINDS), id: z.uuid() });

export const CaseFileResponse = z.object({
  submissions: z.array(
    z.object({ id: z.string(), trackingCode: z.string(), content: z.string(), status: z.enum(SUBMISSION_STATUSES) }),
  ),
  topic: z.object({ id: z.string(), code: z.string(), title: z.string(), status: z.enum(TOPIC_STATUSES) }).nullable(),
  consultations: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      status: z.enum(CONSULTATION_STATUSES),
      startsAt: z.date(),
    }),
  ),
  outcomes: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      type: z.enum(OUTCOME_TYPES),
      status: z.enum(OUTCOME_STATUSES),
    }),
  ),
});
