import { lt, sql } from 'drizzle-orm';
import { sweepChallenges } from './challenges';
import type { DbOrTx } from './db';
import { sessions, signInThrottle } from './db/schema';
import type { Job } from './jobs';
import { sweepRateCounts } from './rate-limit';

/** Deletes sessions past their expiry (they no longer sign anyone in). */
export async function sweepSessions(db: DbOrTx) {
  const gone = await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`)).returning({ id: sessions.id });
  return gone.length;
}

/** Deletes sign-in attempt counters whose 15-minute window ended a day ago: they count as nothing. */
export async function sweepSignInThrottle(db: DbOrTx) {
  const gone = await db
    .delete(signInThrottle)
    .where(lt(signInThrottle.windowStartedAt, sql`now() - interval '1 day'`))
    .returning({ key: signInThrottle.key });
  return gone.length;
}

const MINUTE = 60_000;

/** The platform's periodic clean-ups; modules add their own (see app.ts). */
export const platformJobs: Job[] = [
  { name: 'sweep-rate-counts', everyMs: 5 * MINUTE, run: sweepRateCounts },
  { name: 'sweep-challenges', everyMs: 5 * MINUTE, run: sweepChallenges },
  { name: 'sweep-sessions', everyMs: 60 * MINUTE, run: sweepSessions },
  { name: 'sweep-sign-in-throttle', everyMs: 60 * MINUTE, run: sweepSignInThrottle },
];
