import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { accounts, signInThrottle } from '../../platform/db/schema';
import { SIGN_IN_LIMITS } from '../accounts';

const windowInterval = sql.raw(`interval '${SIGN_IN_LIMITS.ipWindowMinutes} minutes'`);
const lockInterval = sql.raw(`interval '${SIGN_IN_LIMITS.accountLockMinutes} minutes'`);

export async function throttleState(db: DbOrTx, key: string) {
  const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.key, key));
  return row;
}

/**
 * Counts one failure for `key` in one statement, so failures sent at the same moment all count;
 * a window older than the limit starts again at one.
 */
export async function countKeyFailure(db: DbOrTx, key: string) {
  const expired = sql`${signInThrottle.windowStartedAt} <= now() - ${windowInterval}`;
  const [row] = await db
    .insert(signInThrottle)
    .values({ key, failures: 1, windowStartedAt: sql`now()` })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures: sql`case when ${expired} then 1 else ${signInThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${expired} then now() else ${signInThrottle.windowStartedAt} end`,
      },
    })
    .returning();
  return row as { failures: number; windowStartedAt: Date };
}

/** Counts one wrong password for an account atomically; the fifth in a row locks it. */
export async function countAccountFailure(db: DbOrTx, accountId: string) {
  const reaches = sql`${accounts.failedLogins} + 1 >= ${SIGN_IN_LIMITS.accountFailures}`;
  const [row] = await db
    .update(accounts)
    .set({
      failedLogins: sql`case when ${reaches} then 0 else ${accounts.failedLogins} + 1 end`,
      lockedUntil: sql`case when ${reaches} then now() + ${lockInterval} else ${accounts.lockedUntil} end`,
    })
    .where(eq(accounts.id, accountId))
    .returning({ lockedUntil: accounts.lockedUntil });
  return row?.lockedUntil ?? null;
}
