import type { z } from 'zod';
import {
  CreateAccountBody as CreateAccountWire,
  type ListAccountsQuery,
  PasswordText,
  ResetPasswordBody as ResetPasswordWire,
  type UpdateAccountBody,
} from '../../../shared/api/accounts';
import { isStrongPassword } from './rules';

export {
  AccountListResponse,
  AccountParams,
  AccountResponse,
  GrantBody,
  GrantParams,
  ListAccountsQuery,
  UpdateAccountBody,
  Username,
} from '../../../shared/api/accounts';

// the strength rule stays on the server: the web only needs the wire type of a password
export const Password = PasswordText.refine(isStrongPassword, { message: 'weak_password' });

export const CreateAccountBody = CreateAccountWire.extend({ password: Password });
export const ResetPasswordBody = ResetPasswordWire.extend({ password: Password });

export type CreateAccountInput = z.infer<typeof CreateAccountBody>;
export type UpdateAccountInput = z.infer<typeof UpdateAccountBody>;
export type ListAccountsInput = z.infer<typeof ListAccountsQuery>;
