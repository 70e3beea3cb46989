// The accounts module's door.
export { accountRoutes } from './routes';
export {
  DEMO_PASSWORD,
  isLocked,
  isOverLimit,
  minutesLeft,
  passwordProblem,
  reachedLimit,
  SIGN_IN_LIMITS,
  type ThrottleKind,
  type ThrottleState,
  throttleKey,
} from './rules';
export { Password, Username } from './schemas';
