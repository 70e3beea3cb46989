// Signing in and one's own account, as the console sends and receives them (from the wire contract).
import type { ChangePasswordBody, MeResponse, SignInBody, UpdateMyEmailBody } from '../../../shared/api/auth';
import type { Challenge as ChallengeSchema, Wire } from '../../../shared/api/common';

export type Me = Wire<typeof MeResponse>;
export type SignInInput = Wire<typeof SignInBody>;
export type ChangePasswordInput = Wire<typeof ChangePasswordBody>;
export type Challenge = Wire<typeof ChallengeSchema>;
export type UpdateMyEmailInput = Wire<typeof UpdateMyEmailBody>;
