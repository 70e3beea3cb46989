import { z } from 'zod';
import { LOCALES, PLACE_KINDS, ROLES } from '../../../shared/enums';
import { Password } from '../accounts';

export const SignInBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
  // the image challenge's answer, once the server asked for one
  challenge: z.object({ id: z.string().max(64), answer: z.string().max(10) }).optional(),
});

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: Password,
});

export const UpdateMeBody = z.object({ locale: z.enum(LOCALES) });

export const MeResponse = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  locale: z.enum(LOCALES).nullable(),
  mustChangePassword: z.boolean(),
  grants: z.array(
    z.object({
      id: z.string(),
      role: z.enum(ROLES),
      place: z.object({ id: z.string(), name: z.string(), kind: z.enum(PLACE_KINDS) }),
    }),
  ),
});
