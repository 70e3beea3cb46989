import { ChangePasswordBody as ChangePasswordWire } from '../../../shared/api/auth';
import { Password } from '../accounts';

export { MeResponse, SignInBody, UpdateMeBody, UpdateMyEmailBody } from '../../../shared/api/auth';

export const ChangePasswordBody = ChangePasswordWire.extend({ newPassword: Password });
