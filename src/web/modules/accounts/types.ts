// The accounts API's JSON as the console sends and receives it, inferred from the wire contract.
import type {
  AccountListResponse,
  AccountResponse,
  AccountSummary as AccountSummarySchema,
  CreateAccountBody,
  GrantBody,
  GrantResponse,
  ImportAccountsResult as ImportAccountsResultSchema,
  ListAccountsQuery,
  ResetPasswordBody,
  UpdateAccountBody,
} from '../../../shared/api/accounts';
import type { ListFilters, Wire } from '../../../shared/api/common';

export type AccountSummary = Wire<typeof AccountSummarySchema>;
export type AccountDetail = Wire<typeof AccountResponse>;
export type AccountList = Wire<typeof AccountListResponse>;
export type Grant = Wire<typeof GrantResponse>;

export type CreateAccountInput = Wire<typeof CreateAccountBody>;
export type UpdateAccountInput = Wire<typeof UpdateAccountBody>;
export type ResetPasswordInput = Wire<typeof ResetPasswordBody>;
export type GrantInput = Wire<typeof GrantBody>;
/** The list's filters as the page holds them. */
export type AccountFilters = ListFilters<typeof ListAccountsQuery>;
export type ImportAccountsResult = Wire<typeof ImportAccountsResultSchema>;
