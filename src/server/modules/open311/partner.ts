import { inArray } from 'drizzle-orm';
import type { Locale } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { submissions } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { authenticateApiKey, requestsOfKey } from '../api-keys';
import { presentRequest } from './present';
import type { PublicRequestRow } from './queries';

/** The live key behind `apiKey`, or 403 in Open311's shape for an unknown or revoked one. */
export async function partnerKey(db: DbOrTx, apiKey: string) {
  const key = await authenticateApiKey(db, apiKey);
  if (!key) throw new AppError(403, 'open311_api_key_invalid');
  return key;
}

/**
 * Requests as Open311 publishes them; with a key, those the key handed in also carry their
 * description — the words the partner itself sent, so nothing it did not know leaves.
 */
export async function presentForCaller(db: DbOrTx, rows: PublicRequestRow[], locale: Locale, apiKey?: string) {
  const own = apiKey ? await ownContents(db, (await partnerKey(db, apiKey)).id, rows) : new Map<string, string>();
  return rows.map((row) => presentRequest(row, locale, own.get(row.id) ?? null));
}

async function ownContents(db: DbOrTx, keyId: string, rows: PublicRequestRow[]) {
  const ids = [
    ...(await requestsOfKey(
      db,
      keyId,
      rows.map((r) => r.id),
    )),
  ];
  if (ids.length === 0) return new Map<string, string>();
  const found = await db
    .select({ id: submissions.id, content: submissions.content })
    .from(submissions)
    .where(inArray(submissions.id, ids));
  return new Map(found.map((s) => [s.id, s.content]));
}
