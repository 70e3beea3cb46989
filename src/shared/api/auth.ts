// Signing in and one's own account: the wire contract.
import { z } from 'zod';
import { LOCALES } from '../enums';
import { GrantResponse, PasswordText } from './accounts';
import { ChallengeAnswer } from './common';

export const SignInBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
  // the image challenge's answer, once the server asked for one
  challenge: ChallengeAnswer.optional(),
});

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: PasswordText,
});

export const UpdateMeBody = z.object({ locale: z.enum(LOCALES) });

/** The signed-in person with the roles they hold; the console decides what to show from it. */
export const MeResponse = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  locale: z.enum(LOCALES).nullable(),
  mustChangePassword: z.boolean(),
  grants: z.array(GrantResponse),
});
