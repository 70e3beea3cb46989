import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { settings } from '../../platform/db/schema';
import { DEFAULT_DEADLINE_DAYS, type DeadlineDays } from './rules';

const KEY = 'submission_deadline_days';

/** Days each level has to act (configurable by admins); defaults from the rules. */
export async function deadlineDays(db: DbOrTx): Promise<DeadlineDays> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  return { ...DEFAULT_DEADLINE_DAYS, ...((row?.value as Partial<DeadlineDays> | undefined) ?? {}) };
}

export async function setDeadlineDays(db: DbOrTx, days: DeadlineDays) {
  await db
    .insert(settings)
    .values({ key: KEY, value: days })
    .onConflictDoUpdate({ target: settings.key, set: { value: days, updatedAt: new Date() } });
}
