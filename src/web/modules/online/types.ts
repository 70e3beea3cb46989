// The online panel's JSON as the console receives it, read from the wire contract.
import type { Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/online';

export type { Classification } from '../../../shared/api/online';
export type OnlineStatement = Wire<typeof Api.OnlineStatement>;
export type OnlineView = Wire<typeof Api.OnlineView>;
export type PostStatementInput = Wire<typeof Api.PostStatementBody>;
export type VoteInput = Wire<typeof Api.VoteBody>;
export type HideInput = Wire<typeof Api.HideBody>;
