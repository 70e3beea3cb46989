// The residents' online page's JSON, read from the wire contract (types only: no zod in the bundle).
import type { Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/online';

export type PublicStatement = Wire<typeof Api.PublicStatement>;
export type PublicOnline = Wire<typeof Api.PublicOnlineView>;
export type PostStatementInput = Wire<typeof Api.PublicPostStatementBody>;
