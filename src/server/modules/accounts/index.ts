// The accounts module's door.
export { accountRoutes } from './routes';
export { ipWaitMinutes, isStrongPassword, lockMinutesLeft, SIGN_IN_LIMITS } from './rules';
export { Password, Username } from './schemas';
