import type { z } from 'zod';
import type { OnlineView, PublicOnlineView } from '../../../shared/api/online';

export {
  HideBody,
  OnlineParams,
  OnlineView,
  PostStatementBody,
  PublicOnlineView,
  PublicPostStatementBody,
  PublicStatementParams,
  PublicVoteBody,
  StatementParams,
  TokenParams,
  VoteBody,
} from '../../../shared/api/online';

export type OnlineViewResponse = z.output<typeof OnlineView>;
export type PublicOnlineViewResponse = z.output<typeof PublicOnlineView>;
