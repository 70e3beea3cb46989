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

// Every intake needs the days, and admins change them rarely: intake reads a copy kept in memory.
// The server is one process (one PGlite, or one pool on PostgreSQL) and every change goes through
// setDeadlineDays(), which drops the copy and keeps reads already under way from storing theirs.
// A read between a change's write and its commit still sees the old days and may keep them: the
// copy expires after a minute, which bounds that.
const CACHE_MS = 60_000;
let cached: { days: DeadlineDays; until: number } | undefined;
let changes = 0;

/** deadlineDays() for intake, from memory: see above for how old it can be. */
export async function cachedDeadlineDays(db: DbOrTx): Promise<DeadlineDays> {
  if (cached && cached.until > Date.now()) return cached.days;
  const seen = changes;
  const days = await deadlineDays(db);
  if (seen === changes) cached = { days, until: Date.now() + CACHE_MS };
  return days;
}

export async function setDeadlineDays(db: DbOrTx, days: DeadlineDays) {
  changes++;
  cached = undefined;
  await db
    .insert(settings)
    .values({ key: KEY, value: days })
    .onConflictDoUpdate({ target: settings.key, set: { value: days, updatedAt: new Date() } });
}
