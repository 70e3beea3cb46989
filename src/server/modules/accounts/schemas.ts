import { z } from 'zod';
import { PLACE_KINDS, ROLES } from '../../../shared/enums';
import { passwordProblem } from './rules';

export const Username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,32}$/, { message: 'username_format' });
/** A password someone chooses or is given: its message names the rule it breaks. */
export const Password = z
  .string()
  .max(200)
  .superRefine((p, ctx) => {
    const problem = passwordProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const DisplayName = z.string().trim().min(1).max(40);

export const CreateAccountBody = z.object({
  username: Username,
  displayName: DisplayName,
  password: Password,
  homePlaceId: z.uuid(),
  mustChangePassword: z.boolean().default(true),
});

export const UpdateAccountBody = z
  .object({ displayName: DisplayName, isDisabled: z.boolean(), homePlaceId: z.uuid() })
  .partial();

export const ResetPasswordBody = z.object({ password: Password, mustChangePassword: z.boolean().default(true) });
export const GrantBody = z.object({ placeId: z.uuid(), role: z.enum(ROLES) });
export const AccountParams = z.object({ id: z.uuid() });
export const GrantParams = z.object({ id: z.uuid(), grantId: z.uuid() });

export const ListAccountsQuery = z.object({
  q: z.string().trim().max(40).optional(),
  placeId: z.uuid().optional(),
  role: z.enum(ROLES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

const PlaceRef = z.object({ id: z.string(), name: z.string(), kind: z.enum(PLACE_KINDS) });
export const GrantResponse = z.object({ id: z.string(), role: z.enum(ROLES), place: PlaceRef });

export const AccountSummary = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  homePlace: PlaceRef,
  isDisabled: z.boolean(),
  isLocked: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.date(),
  grants: z.array(GrantResponse),
});

export const AccountResponse = AccountSummary.extend({
  abilities: z.object({ manage: z.boolean(), grant: z.boolean() }),
});

export const AccountListResponse = z.object({
  items: z.array(AccountSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export type CreateAccountInput = z.infer<typeof CreateAccountBody>;
export type UpdateAccountInput = z.infer<typeof UpdateAccountBody>;
export type ListAccountsInput = z.infer<typeof ListAccountsQuery>;
