// What Open311 asks of the keys: who presents this secret, and which requests a key handed in.
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { apiKeyRequests, apiKeys } from '../../platform/db/schema';
import { liveKeyBySecret } from './queries';

export type PartnerKey = { id: string; name: string; placePath: string };

/** The live key a partner presented (its last use noted), or undefined for an unknown or revoked one. */
export async function authenticateApiKey(db: DbOrTx, secret: string): Promise<PartnerKey | undefined> {
  const key = await liveKeyBySecret(db, secret);
  if (key) await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, key.id));
  return key;
}

/** Notes that the key handed the submission in (inside the filing's transaction). */
export async function linkKeyRequest(tx: DbOrTx, apiKeyId: string, submissionId: string) {
  await tx.insert(apiKeyRequests).values({ apiKeyId, submissionId });
}

/** Of `submissionIds`, those the key handed in. */
export async function requestsOfKey(db: DbOrTx, apiKeyId: string, submissionIds: string[]) {
  if (submissionIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: apiKeyRequests.submissionId })
    .from(apiKeyRequests)
    .where(and(eq(apiKeyRequests.apiKeyId, apiKeyId), inArray(apiKeyRequests.submissionId, submissionIds)));
  return new Set(rows.map((r) => r.id));
}
