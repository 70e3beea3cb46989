import { and, eq, lt, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { signInThrottle } from '../../platform/db/schema';
import { SIGN_IN_LIMITS, type ThrottleKind, type ThrottleState } from '../accounts';

const t = signInThrottle;
const windowInterval = sql.raw(`interval '${SIGN_IN_LIMITS.windowMinutes} minutes'`);

/** A key's count right after this attempt was added, and the database's clock at that moment. */
export type Attempt = ThrottleState & { kind: ThrottleKind; key: string; now: Date };

/**
 * Counts one attempt for a key in one statement, before any password is checked, so attempts
 * sent at the same moment are all counted and only the first `limit` get checked. A window older
 * than 15 minutes starts again at one; reaching the limit restarts the window, so a lock lasts
 * the full 15 minutes from the attempt that set it. A username-and-address count keeps the
 * username it may lock, so that an admin sees and lifts the account's locks.
 */
export async function countAttempt(db: DbOrTx, kind: ThrottleKind, key: string, username?: string): Promise<Attempt> {
  const expired = sql`${t.windowStartedAt} <= now() - ${windowInterval}`;
  const next = sql`case when ${expired} then 1 else ${t.failures} + 1 end`;
  const [row] = await db
    .insert(t)
    .values({ key, failures: 1, windowStartedAt: sql`now()`, username: username?.toLowerCase() })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        failures: next,
        windowStartedAt: sql`case when ${expired} or ${next} = ${SIGN_IN_LIMITS[kind]} then now() else ${t.windowStartedAt} end`,
      },
    })
    .returning({
      failures: t.failures,
      windowStartedAt: t.windowStartedAt,
      now: sql`now()`.mapWith(t.windowStartedAt),
    });
  return { kind, key, ...(row as { failures: number; windowStartedAt: Date; now: Date }) };
}

/**
 * A right password clears its count — unless attempts made meanwhile by others brought it to
 * its limit (their count passed both the limit and this attempt's own number).
 */
export async function clearAttempts(tx: DbOrTx, attempt: Attempt) {
  const notLimitedByOthers = or(lt(t.failures, SIGN_IN_LIMITS[attempt.kind]), lte(t.failures, attempt.failures));
  await tx
    .update(t)
    .set({ failures: 0 })
    .where(and(eq(t.key, attempt.key), notLimitedByOthers));
}

/** A right password gives its address back the attempt it counted. */
export async function returnAddressAttempt(tx: DbOrTx, ip: Attempt) {
  await tx
    .update(t)
    .set({ failures: sql`greatest(${t.failures} - 1, 0)` })
    .where(eq(t.key, ip.key));
}
