import type { z } from 'zod';
import {
  CreateAccountBody as CreateAccountWire,
  type ListAccountsQuery,
  PasswordText,
  ResetPasswordBody as ResetPasswordWire,
  type UpdateAccountBody,
} from '../../../shared/api/accounts';
import { passwordProblem } from './rules';

export {
  AccountListResponse,
  AccountParams,
  AccountResponse,
  GrantBody,
  GrantParams,
  ImportAccountsQuery,
  ImportAccountsResult,
  ListAccountsQuery,
  UpdateAccountBody,
  Username,
} from '../../../shared/api/accounts';

// the password rules stay on the server (the common-password list is large): the web only needs
// the wire type; the message names the rule a password breaks
export const Password = PasswordText.superRefine((p, ctx) => {
  const problem = passwordProblem(p);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const CreateAccountBody = CreateAccountWire.extend({ password: Password });
export const ResetPasswordBody = ResetPasswordWire.extend({ password: Password });

export type CreateAccountInput = z.infer<typeof CreateAccountBody>;
export type UpdateAccountInput = z.infer<typeof UpdateAccountBody>;
export type ListAccountsInput = z.infer<typeof ListAccountsQuery>;
