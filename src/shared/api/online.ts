// The online consultation (网上协商) API's wire contract: the staff panel and the residents' page.
import { z } from 'zod';
import { CONSULTATION_STATUSES, VOTES } from '../enums';
import { ChallengeAnswer, IsoDate, Person } from './common';

/** How long a statement and its signature may be, on the form and on the server. */
export const STATEMENT_LIMITS = { textMin: 5, textMax: 140, nameMax: 20 } as const;

export const OnlineParams = z.object({ id: z.uuid() });
export const StatementParams = z.object({ id: z.uuid(), sid: z.uuid() });
const Token = z.string().trim().min(1).max(64);
export const TokenParams = z.object({ token: Token });
export const PublicStatementParams = z.object({ token: Token, sid: z.uuid() });

const Text = z.string().trim().min(STATEMENT_LIMITS.textMin).max(STATEMENT_LIMITS.textMax);

export const PostStatementBody = z.object({ text: Text });
export const PublicPostStatementBody = z.object({
  text: Text,
  // 署名: optional; without one the statement shows as "居民"
  name: z
    .string()
    .trim()
    .max(STATEMENT_LIMITS.nameMax)
    .optional()
    .transform((v) => v || undefined),
  // asked for past the cap on new voters from one address
  challenge: ChallengeAnswer.optional(),
});
export const VoteBody = z.object({ vote: z.enum(VOTES) });
export const PublicVoteBody = VoteBody.extend({ challenge: ChallengeAnswer.optional() });
export const HideBody = z.object({ reason: z.string().trim().min(2).max(200) });

export const CLASSIFICATIONS = ['consensus', 'divisive', 'open'] as const;
/** Where the votes put a statement: broadly agreed, splitting the groups, or not yet clear. */
export type Classification = (typeof CLASSIFICATIONS)[number];
const GroupShare = z.object({ agreeShare: z.number(), votes: z.number() });

/** A statement as residents see it. */
export const PublicStatement = z.object({
  id: z.string(),
  text: z.string(),
  authorName: z.string().nullable(), // null: a resident who gave no name (shown as 居民)
  createdAt: IsoDate,
  isMine: z.boolean(),
  myVote: z.enum(VOTES).nullable(),
  agree: z.number(),
  disagree: z.number(),
  pass: z.number(),
  classification: z.enum(CLASSIFICATIONS),
});

/** A statement as staff see it: whether and why it was hidden, and how each opinion group voted. */
export const OnlineStatement = PublicStatement.extend({
  hidden: z.object({ reason: z.string(), at: IsoDate, by: Person.nullable() }).nullable(),
  groups: z.array(GroupShare),
});

export const OnlineView = z.object({
  consultation: z.object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    status: z.enum(CONSULTATION_STATUSES),
  }),
  isOpen: z.boolean(),
  opensAt: IsoDate,
  closesAt: IsoDate.nullable(),
  publicUrl: z.string().nullable(),
  participantCount: z.number(),
  groups: z.array(z.object({ size: z.number() })),
  statements: z.array(OnlineStatement),
  // for moderators: addresses from which many new voters came in the last hour (possible vote
  // stuffing); an address is shown as a short tag of its keyed hash, never itself
  bursts: z.array(z.object({ address: z.string(), newVoters: z.number(), lastAt: IsoDate })),
  abilities: z.object({ post: z.boolean(), vote: z.boolean(), moderate: z.boolean() }),
});

export const PublicOnlineView = z.object({
  title: z.string(),
  topic: z.object({ title: z.string(), description: z.string() }),
  placeName: z.string(),
  isOpen: z.boolean(),
  opensAt: IsoDate,
  closesAt: IsoDate.nullable(),
  participantCount: z.number(),
  statements: z.array(PublicStatement),
});
