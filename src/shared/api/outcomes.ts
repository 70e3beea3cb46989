// The outcomes (协商成果) API's wire contract: the server validates and presents with these, the
// console and the tests read their types from them.
import { z } from 'zod';
import {
  CONSULTATION_STATUSES,
  OUTCOME_STATUSES,
  OUTCOME_TYPES,
  REPLY_VERDICTS,
  SUBMISSION_STATUSES,
  TOPIC_STATUSES,
} from '../enums';
import { CodeRef, IdParams, IsoDate, PageQuery, Person, paged, Ref, RoleAt, RoleHolder, RoleHolders } from './common';
import { ConsensusItem } from './consultations';

const Title = z.string().trim().min(4).max(100);
const Body = z.string().trim().max(20_000);
const ConsensusIds = z.array(z.uuid()).max(100);
const Answer = z.string().trim().min(1).max(2000);

export const OutcomeParams = IdParams;

export const CreateOutcomeBody = z.object({
  consultationId: z.uuid(),
  type: z.enum(OUTCOME_TYPES),
  title: Title,
  body: Body,
  consensusItemIds: ConsensusIds,
});

export const UpdateOutcomeBody = CreateOutcomeBody.omit({ consultationId: true }).partial();

export const SendOutcomeBody = z.object({ accountIds: z.array(z.uuid()).min(1).max(50) });
/** A reply (答复) says whether the outcome is adopted; anything short of adopted says why. */
export const ReplyBody = z
  .object({
    reply: Answer,
    verdict: z.enum(REPLY_VERDICTS),
    verdictReason: z.string().trim().max(2000).optional(),
  })
  .superRefine(
    (b, ctx) => {
      if (b.verdict !== 'adopted' && !b.verdictReason?.trim())
        ctx.addIssue({ code: 'custom', path: ['verdictReason'], message: 'required' });
    },
    // said beside any other field at fault, once the verdict itself is one of the three
    { when: (p) => REPLY_VERDICTS.some((v) => v === (p.value as { verdict?: unknown } | undefined)?.verdict) },
  );
export const InstructionBody = z.object({ instruction: Answer });

export const OUTCOME_BOXES = ['all', 'received'] as const;
/** All outcomes in the viewer's region, or those sent to them (收到的). */
export type OutcomeBox = (typeof OUTCOME_BOXES)[number];

export const ListOutcomesQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(60).optional(),
  type: z.enum(OUTCOME_TYPES).optional(),
  status: z.enum(OUTCOME_STATUSES).optional(),
  placeId: z.uuid().optional(),
  box: z.enum(OUTCOME_BOXES).default('all'),
  /** sent (报送) from this instant (inclusive) until `sentTo` (exclusive) */
  sentFrom: z.coerce.date<string>().optional(),
  sentTo: z.coerce.date<string>().optional(),
  /** has reached this status or one after it (answered: answered, carrying out or carried out) */
  reached: z.enum(OUTCOME_STATUSES).optional(),
  /** a recipient adopted it (采纳) */
  adopted: z.enum(['true']).optional(),
  /** evaluated (评价): it has at least one evaluation */
  evaluated: z.enum(['true']).optional(),
});

export const CandidatesQuery = z.object({ q: z.string().trim().max(60).optional() });

export const OutcomeSummary = z.object({
  id: z.string(),
  code: z.string(),
  type: z.enum(OUTCOME_TYPES),
  title: z.string(),
  status: z.enum(OUTCOME_STATUSES),
  place: Ref,
  consultation: CodeRef,
  sentAt: IsoDate.nullable(),
  recipientCount: z.number(),
  repliedCount: z.number(),
  /** Sent to the viewer and not yet answered by them (the "收到的" box). */
  awaitsMyReply: z.boolean(),
  createdAt: IsoDate,
});

export const OutcomeList = paged(OutcomeSummary).extend({
  /** Per status under the filters; `unreplied`: outcomes sent to the viewer they have not answered. */
  counts: z.object({
    draft: z.number(),
    sent: z.number(),
    answered: z.number(),
    carrying_out: z.number(),
    carried_out: z.number(),
    unreplied: z.number(),
  }),
});

export const Recipient = z.object({
  id: z.string(),
  account: Person.extend({ roles: z.array(RoleAt) }),
  sentAt: IsoDate,
  readAt: IsoDate.nullable(),
  reply: z.string().nullable(),
  /** 采纳 / 部分采纳 / 不予采纳, with the reason when not adopted (null before the reply) */
  verdict: z.enum(REPLY_VERDICTS).nullable(),
  verdictReason: z.string().nullable(),
  repliedAt: IsoDate.nullable(),
  instruction: z.string().nullable(),
  instructedAt: IsoDate.nullable(),
});

export { ConsensusItem };

export const OutcomeDetail = OutcomeSummary.omit({ awaitsMyReply: true }).extend({
  body: z.string(),
  consensus: z.array(ConsensusItem),
  topic: CodeRef,
  createdBy: Person.nullable(),
  updatedAt: IsoDate,
  recipients: z.array(Recipient),
  /** 落实: how many tasks carry it out, how many of them were accepted (验收) */
  taskCount: z.number().int(),
  tasksAccepted: z.number().int(),
  /** when every task was accepted (已落实), and when it is to be revisited (回头看) */
  carriedOutAt: IsoDate.nullable(),
  reviewDueAt: IsoDate.nullable(),
  abilities: z.object({
    edit: z.boolean(),
    send: z.boolean(),
    reply: z.boolean(),
    instruct: z.boolean(),
    /** set tasks carrying it out (once sent) */
    createTasks: z.boolean(),
  }),
});

export const RecipientCandidate = RoleHolder;
export const CandidatesResponse = RoleHolders;

/** An outcome as residents see it on their tracking page: public text, and only whether it was answered. */
export const PublicOutcome = z.object({
  code: z.string(),
  type: z.enum(OUTCOME_TYPES),
  title: z.string(),
  sentAt: IsoDate.nullable(),
  consensus: z.array(z.string()),
  replied: z.boolean(),
  instructed: z.boolean(),
});

export const CASE_FILE_KINDS = ['submission', 'topic', 'consultation', 'outcome'] as const;
export type CaseFileKind = (typeof CASE_FILE_KINDS)[number];

export const CaseFileQuery = z.object({ kind: z.enum(CASE_FILE_KINDS), id: z.uuid() });

/** 一案一档: the submissions, topic, consultations and outcomes of one case. */
export const CaseFileResponse = z.object({
  submissions: z.array(
    z.object({ id: z.string(), trackingCode: z.string(), content: z.string(), status: z.enum(SUBMISSION_STATUSES) }),
  ),
  topic: CodeRef.extend({ status: z.enum(TOPIC_STATUSES) }).nullable(),
  consultations: z.array(CodeRef.extend({ status: z.enum(CONSULTATION_STATUSES), startsAt: IsoDate })),
  outcomes: z.array(CodeRef.extend({ type: z.enum(OUTCOME_TYPES), status: z.enum(OUTCOME_STATUSES) })),
});
