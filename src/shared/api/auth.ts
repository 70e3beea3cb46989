// Signing in and one's own account: the wire contract.
import { z } from 'zod';
import { EMAIL_NOTICE_CHOICES, LOCALES } from '../enums';
import { EmailAddress, GrantResponse, PasswordText } from './accounts';
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

/** One's notices by email: the address (null: none) and whether each notice, a daily digest or none. */
export const UpdateMyEmailBody = z.object({
  email: EmailAddress.nullable(),
  emailNotices: z.enum(EMAIL_NOTICE_CHOICES),
});

/** The signed-in person with the roles they hold; the console decides what to show from it. */
export const MeResponse = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  locale: z.enum(LOCALES).nullable(),
  mustChangePassword: z.boolean(),
  grants: z.array(GrantResponse),
  email: z.string().nullable(),
  emailNotices: z.enum(EMAIL_NOTICE_CHOICES),
  /** false: this deployment has no SMTP server (SMTP_URL), so no email is sent to anyone */
  isEmailConfigured: z.boolean(),
});
