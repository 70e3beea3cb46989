import type { FastifyReply } from 'fastify';
import type { Challenges } from '../../platform/challenges';
import type { DbOrTx } from '../../platform/db';
import { hit, rateLimited, unhit } from '../../platform/rate-limit';

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

/**
 * Counts one submission from `ip` at `placeId` (one statement) and lets it through, asks for the
 * image challenge, or refuses it (429). A refused submission is given back, so that it does not
 * count; with `isLimited` false (load benchmarks from one address) it is counted and always let through.
 */
export async function admitSubmission(
  db: DbOrTx,
  reply: FastifyReply,
  challenges: Challenges,
  input: { ip: string; placeId: string; challenge: { id: string; answer: string } | undefined; isLimited: boolean },
) {
  const window = INTAKE_LIMITS.windowMinutes * 60_000;
  const ipKey = `intake-ip:${input.ip}`;
  const counted = await hit(db, [ipKey, `intake-place:${input.placeId}`], window);
  const [fromIp = 1, atPlace = 1] = counted.counts;
  const verdict = input.isLimited ? intakeVerdict(fromIp - 1, atPlace - 1) : 'ok';
  if (verdict === 'ok') return;
  const isSolved =
    verdict === 'challenge' && input.challenge !== undefined && (await challenges.solve(input.challenge));
  if (isSolved) return;
  await unhit(db, counted);
  if (verdict === 'blocked') throw await rateLimited(db, reply, ipKey, window);
  throw await challenges.ask(reply, input.ip, 'challenge_required', input.challenge !== undefined);
}
