import { Challenges } from '../../platform/challenges';
import { SlidingCounter } from '../../platform/sliding-counter';

// the image challenges live in the platform: signing in asks them too
export { Challenges, SlidingCounter };

/** Limits on public intake: past the soft limits a challenge is asked, past the hard ones 429. */
export const INTAKE_LIMITS = {
  windowMinutes: 10,
  perIpBeforeChallenge: 5,
  perIpHard: 30,
  perPlaceBeforeChallenge: 60,
  photosPerIp: 20,
} as const;

export type IntakeVerdict = 'ok' | 'challenge' | 'blocked';

/** The verdict for one more submission from `ip` at `placeCode`, given the counts so far. */
export function intakeVerdict(fromIp: number, atPlace: number): IntakeVerdict {
  if (fromIp >= INTAKE_LIMITS.perIpHard) return 'blocked';
  if (fromIp >= INTAKE_LIMITS.perIpBeforeChallenge || atPlace >= INTAKE_LIMITS.perPlaceBeforeChallenge)
    return 'challenge';
  return 'ok';
}
