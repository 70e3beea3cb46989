// Mirrors the server's response schemas (src/server/modules/online/schemas.ts); dates are ISO strings.
import type { ConsultationStatus, Vote } from '../../../shared/enums';

export type Classification = 'consensus' | 'divisive' | 'open';

export type OnlineStatement = {
  id: string;
  text: string;
  authorName: string | null; // null: a resident who gave no name (居民)
  createdAt: string;
  isMine: boolean;
  myVote: Vote | null;
  hidden: { reason: string; at: string; by: { id: string; displayName: string } | null } | null;
  agree: number;
  disagree: number;
  pass: number;
  groups: { agreeShare: number; votes: number }[];
  classification: Classification;
};

export type OnlineView = {
  consultation: { id: string; code: string; title: string; status: ConsultationStatus };
  isOpen: boolean;
  opensAt: string;
  closesAt: string | null;
  publicUrl: string | null;
  participantCount: number;
  groups: { size: number }[];
  statements: OnlineStatement[];
  /** moderators only: addresses (as tags) from which many new voters came in the last hour */
  bursts: { address: string; newVoters: number; lastAt: string }[];
  abilities: { post: boolean; vote: boolean; moderate: boolean };
};
