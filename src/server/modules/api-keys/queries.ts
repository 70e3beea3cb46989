import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db';
import { accounts, apiKeyRequests, apiKeys, places } from '../../platform/db/schema';
import { hashSecret } from './secret';

const creator = alias(accounts, 'creator');
const revoker = alias(accounts, 'revoker');

/** Keys with their place, who issued and revoked them, and how many requests each handed in. */
function selectKeys(db: DbOrTx, where: SQL) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      place: { id: places.id, name: places.name, kind: places.kind },
      placePath: places.path,
      prefix: apiKeys.prefix,
      createdBy: { id: creator.id, displayName: creator.displayName },
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      revokedById: revoker.id,
      revokedByName: revoker.displayName,
      requestCount: sql<number>`(select count(*)::int from ${apiKeyRequests} where ${apiKeyRequests.apiKeyId} = ${apiKeys.id})`,
    })
    .from(apiKeys)
    .innerJoin(places, eq(places.id, apiKeys.placeId))
    .innerJoin(creator, eq(creator.id, apiKeys.createdById))
    .leftJoin(revoker, eq(revoker.id, apiKeys.revokedById))
    .where(where)
    .orderBy(sql`${apiKeys.revokedAt} is not null`, desc(apiKeys.createdAt), desc(apiKeys.id));
}

export type ApiKeyRow = Awaited<ReturnType<typeof selectKeys>>[number];

/** The keys matching `visible` (the actor's reach): live ones first, newest first. */
export const listKeys = (db: DbOrTx, visible: SQL) => selectKeys(db, visible);

/** One key by id within `visible`, or undefined. */
export async function findKey(db: DbOrTx, id: string, visible: SQL) {
  const [row] = await selectKeys(db, and(eq(apiKeys.id, id), visible) as SQL);
  return row;
}

/** A live key's name and scope, by the secret a partner presented; undefined when unknown or revoked. */
export async function liveKeyBySecret(db: DbOrTx, secret: string) {
  const [row] = await db
    .select({ id: apiKeys.id, name: apiKeys.name, placePath: places.path })
    .from(apiKeys)
    .innerJoin(places, eq(places.id, apiKeys.placeId))
    .where(and(eq(apiKeys.secretHash, hashSecret(secret)), isNull(apiKeys.revokedAt)));
  return row;
}
