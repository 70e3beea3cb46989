import { z } from 'zod';
import { CONSULTATION_STATUSES, VOTES } from '../../../shared/enums';
import { ONLINE_LIMITS } from './rules';

export const OnlineParams = z.object({ id: z.uuid() });
export const StatementParams = z.object({ id: z.uuid(), sid: z.uuid() });
export const TokenParams = z.object({ token: z.string().trim().min(1).max(64) });
export const PublicStatementParams = z.object({ token: z.string().trim().min(1).max(64), sid: z.uuid() });

const Text = z.string().trim().min(ONLINE_LIMITS.textMin).max(ONLINE_LIMITS.textMax);

// asked for past the cap on new voters from one address (admit-voter.ts)
const ChallengeAnswer = z.object({ id: z.string().max(64), answer: z.string().max(10) }).optional();

export const PostStatementBody = z.object({ text: Text });
export const PublicPostStatementBody = z.object({
  text: Text,
  // 署名: optional; without one the statement shows as "居民"
  name: z
    .string()
    .trim()
    .max(ONLINE_LIMITS.nameMax)
    .optional()
    .transform((v) => v || undefined),
  challenge: ChallengeAnswer,
});
export const VoteBody = z.object({ vote: z.enum(VOTES) });
export const PublicVoteBody = VoteBody.extend({ challenge: ChallengeAnswer });
export const HideBody = z.object({ reason: z.string().trim().min(2).max(200) });

const Classification = z.enum(['consensus', 'divisive', 'open']);
const GroupShare = z.object({ agreeShare: z.number(), votes: z.number() });
const Person = z.object({ id: z.string(), displayName: z.string() });

const StatementBase = z.object({
  id: z.string(),
  text: z.string(),
  authorName: z.string().nullable(), // null: a resident who gave no name (shown as 居民)
  createdAt: z.date(),
  isMine: z.boolean(),
  myVote: z.enum(VOTES).nullable(),
  agree: z.number(),
  disagree: z.number(),
  pass: z.number(),
  classification: Classification,
});

export const OnlineView = z.object({
  consultation: z.object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    status: z.enum(CONSULTATION_STATUSES),
  }),
  isOpen: z.boolean(),
  opensAt: z.date(),
  closesAt: z.date().nullable(),
  publicUrl: z.string().nullable(),
  participantCount: z.number(),
  groups: z.array(z.object({ size: z.number() })),
  statements: z.array(
    StatementBase.extend({
      hidden: z.object({ reason: z.string(), at: z.date(), by: Person.nullable() }).nullable(),
      groups: z.array(GroupShare),
    }),
  ),
  // for moderators: addresses from which many new voters came in the last hour (possible vote
  // stuffing); an address is shown as a short tag of its keyed hash, never itself
  bursts: z.array(z.object({ address: z.string(), newVoters: z.number(), lastAt: z.date() })),
  abilities: z.object({ post: z.boolean(), vote: z.boolean(), moderate: z.boolean() }),
});
export type OnlineViewResponse = z.infer<typeof OnlineView>;

export const PublicOnlineView = z.object({
  title: z.string(),
  topic: z.object({ title: z.string(), description: z.string() }),
  placeName: z.string(),
  isOpen: z.boolean(),
  opensAt: z.date(),
  closesAt: z.date().nullable(),
  participantCount: z.number(),
  statements: z.array(StatementBase),
});
export type PublicOnlineViewResponse = z.infer<typeof PublicOnlineView>;
