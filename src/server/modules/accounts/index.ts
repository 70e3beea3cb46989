// The accounts module's door.
export { findHolders, holdersAt, rolesHeld } from './holders';
export { accountRoutes } from './routes';
export {
  DEMO_PASSWORD,
  isLocked,
  isOverLimit,
  mailStartAfter,
  minutesLeft,
  needsChallenge,
  passwordProblem,
  reachedLimit,
  SIGN_IN_LIMITS,
  type ThrottleKind,
  type ThrottleState,
  throttleKeys,
} from './rules';
export { Password, Username } from './schemas';
