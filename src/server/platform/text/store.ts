import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { settings } from '../db/schema';
import { DEFAULT_SYNONYMS } from './synonyms-data';
import { applySynonyms, type SynonymGroups, vocabulary } from './vocabulary';

// The deployment's synonyms live in `settings` under this key once an administrator edits them;
// until then the shipped table is in use.
const KEY = 'synonyms';
// every instance looks again this often, so an edit on one reaches the others within it
const RECHECK_MS = 30_000;

type StoredValue = { groups: string[][]; edits: number };
export type StoredSynonyms = StoredValue & { isDefault: boolean; updatedAt: Date | null };

let checkedAt = 0;

/** The deployment's synonym groups and how many times they were edited (0: the shipped table). */
export async function readSynonyms(db: DbOrTx): Promise<StoredSynonyms> {
  const [row] = await db
    .select({ value: settings.value, updatedAt: settings.updatedAt })
    .from(settings)
    .where(eq(settings.key, KEY));
  if (!row) return { groups: DEFAULT_SYNONYMS.map((g) => [...g]), edits: 0, isDefault: true, updatedAt: null };
  const value = row.value as StoredValue;
  // saved back to the shipped table (restored, or edited back): the default again, edits counted
  const isDefault = JSON.stringify(value.groups) === JSON.stringify(DEFAULT_SYNONYMS);
  return { ...value, isDefault, updatedAt: row.updatedAt };
}

/** Stores the deployment's synonym groups (one more edit) and puts them in use here. */
export async function writeSynonyms(db: DbOrTx, groups: SynonymGroups, edits: number) {
  const value: StoredValue = { groups: groups.map((g) => [...g]), edits };
  await db
    .insert(settings)
    .values({ key: KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
  checkedAt = Date.now();
  return applySynonyms(groups, edits);
}

/**
 * The vocabulary in use, after making sure it is the deployment's current one (looked up at most
 * every RECHECK_MS, or now when `force`).
 */
export async function currentVocabulary(db: DbOrTx, force = false) {
  if (!force && Date.now() - checkedAt < RECHECK_MS) return vocabulary();
  checkedAt = Date.now();
  const stored = await readSynonyms(db);
  const v = vocabulary();
  return v.edits === stored.edits ? v : applySynonyms(stored.groups, stored.edits);
}
