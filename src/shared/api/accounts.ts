// The accounts API's wire contract: staff accounts and the roles granted to them at places.
import { z } from 'zod';
import { ROLES } from '../enums';
import { MOBILE_RE } from '../phone';
import { IdParams, IsoDate, PageQuery, PlaceRef, paged } from './common';

export const Username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,32}$/, { message: 'username_format' });
/** A new password as it travels; how strong it must be is the server's rule and refines this there. */
export const PasswordText = z.string().max(200);
const DisplayName = z.string().trim().min(1).max(40);
/** An email address for notices (通知邮箱), kept lower-cased. */
export const EmailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(z.regexes.email, { message: 'email_format' });

/**
 * A mobile number to reach the person (mainland, 11 digits 1[3-9]…); '' or null leaves it unset.
 * Not unique: it signs nobody in, and a community office's duty phone may serve several accounts.
 */
export const AccountMobile = z.union([
  z.string().trim().regex(MOBILE_RE, { message: 'mobile_format' }),
  z.null(),
  z.literal('').transform(() => null),
]);

export const GrantBody = z.object({ placeId: z.uuid(), role: z.enum(ROLES) });

/** A new account, and (in the same step) the role it is given at a place. */
export const CreateAccountBody = z.object({
  username: Username,
  displayName: DisplayName,
  password: PasswordText,
  homePlaceId: z.uuid(),
  mustChangePassword: z.boolean().default(true),
  mobile: AccountMobile.optional(),
  grant: GrantBody.optional(),
});

export const UpdateAccountBody = z
  .object({
    displayName: DisplayName,
    isDisabled: z.boolean(),
    homePlaceId: z.uuid(),
    email: EmailAddress.nullable(),
    mobile: AccountMobile,
  })
  .partial();

export const ResetPasswordBody = z.object({ password: PasswordText, mustChangePassword: z.boolean().default(true) });
export const AccountParams = IdParams;
export const GrantParams = z.object({ id: z.uuid(), grantId: z.uuid() });

export const ListAccountsQuery = PageQuery.extend({
  q: z.string().trim().max(40).optional(),
  placeId: z.uuid().optional(),
  role: z.enum(ROLES).optional(),
});

/** A role held at a place (and everything beneath it). */
export const GrantResponse = z.object({ id: z.string(), role: z.enum(ROLES), place: PlaceRef });

export const AccountSummary = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  mobile: z.string().nullable(),
  homePlace: PlaceRef,
  isDisabled: z.boolean(),
  isLocked: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: IsoDate,
  grants: z.array(GrantResponse),
});

export const AccountResponse = AccountSummary.extend({
  abilities: z.object({ manage: z.boolean(), grant: z.boolean() }),
});

export const AccountListResponse = paged(AccountSummary);

/** The account import (批量导入账号): `dryRun=true` checks every row and writes nothing. */
export const ImportAccountsQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false') });
export const ImportAccountsResult = z.object({ created: z.number(), dryRun: z.boolean() });
