// Mirrors PublicOnlineView in src/server/modules/online/schemas.ts (dates arrive as ISO strings).
import type { Vote } from '../../../shared/enums';

export type Classification = 'consensus' | 'divisive' | 'open';

export type PublicStatement = {
  id: string;
  text: string;
  authorName: string | null; // null: shown as 居民
  createdAt: string;
  isMine: boolean;
  myVote: Vote | null;
  agree: number;
  disagree: number;
  pass: number;
  classification: Classification;
};

export type PublicOnline = {
  title: string;
  topic: { title: string; description: string };
  placeName: string;
  isOpen: boolean;
  opensAt: string;
  closesAt: string | null;
  participantCount: number;
  statements: PublicStatement[];
};
