import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { depthOf } from '../../platform/db/place-path';
import { settings } from '../../platform/db/schema';
import { forbidden } from '../../platform/errors';
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

/** Sets the days each level has (top-level admins), with its audit event; returns the days now in force. */
export async function setDeadlines(ctx: Ctx, input: DeadlineDays): Promise<DeadlineDays> {
  // one setting for the whole deployment: only an admin of a top-level place may change it
  if (!ctx.actor.grants.some((g) => g.role === 'admin' && depthOf(g.placePath) === 1)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const before = await deadlineDays(tx);
    await setDeadlineDays(tx, input);
    await writeAudit(tx, ctx, {
      action: 'settings.deadlines',
      entityType: 'settings',
      entityId: KEY,
      placePath: ctx.actor.homePlacePath,
      before,
      after: input,
    });
  });
  return deadlineDays(ctx.db);
}
