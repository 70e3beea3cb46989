import { randomUUID } from 'node:crypto';
import { count, sql } from 'drizzle-orm';
import type { PlaceKind, Role } from '../../shared/enums';
import { childPath } from '../modules/places';
import { writeAudit } from '../platform/audit';
import { hashPassword } from '../platform/auth/passwords';
import type { DbOrTx } from '../platform/db';
import { lockTree } from '../platform/db/locks';
import { accounts, grants, places } from '../platform/db/schema';

export async function isEmpty(db: DbOrTx) {
  const [row] = await db.select({ n: count() }).from(places);
  return (row?.n ?? 0) === 0;
}

type PlaceSeed = {
  kind: PlaceKind;
  name: string;
  code: string;
  hasWorkstation?: boolean;
  hasCouncil?: boolean;
  room?: string;
  brand?: string;
  isDemonstration?: boolean;
};

/** Inserts a place under `parent` (or as a root) directly: for seeds and the CLI only. */
export async function seedPlace(tx: DbOrTx, parent: { id: string; path: string; depth: number } | null, p: PlaceSeed) {
  const id = randomUUID();
  const path = childPath(parent?.path ?? null, id);
  const depth = parent ? parent.depth + 1 : 0;
  const fullRoom = Boolean(p.room);
  await tx.insert(places).values({
    id,
    parentId: parent?.id ?? null,
    path,
    depth,
    kind: p.kind,
    name: p.name,
    code: p.code,
    hasWorkstation: p.hasWorkstation ?? false,
    hasCouncil: p.hasCouncil ?? false,
    hasRoom: fullRoom,
    roomAddress: p.room ?? null,
    roomHasSign: fullRoom,
    roomHasVenue: fullRoom,
    roomHasDuties: fullRoom,
    roomHasMechanism: fullRoom && p.isDemonstration === true,
    brand: p.brand ?? null,
    isDemonstration: p.isDemonstration ?? false,
  });
  return { id, path, depth };
}

export async function seedAccount(
  tx: DbOrTx,
  a: {
    username: string;
    displayName: string;
    password: string;
    homePlaceId: string;
    roles: { role: Role; placeId: string }[];
  },
) {
  const [row] = await tx
    .insert(accounts)
    .values({
      username: a.username,
      displayName: a.displayName,
      passwordHash: await hashPassword(a.password),
      homePlaceId: a.homePlaceId,
    })
    .returning({ id: accounts.id });
  const id = (row as { id: string }).id;
  for (const g of a.roles) await tx.insert(grants).values({ accountId: id, placeId: g.placeId, role: g.role });
  return id;
}

/**
 * Creates the first administrator (and, on an empty database, the top place they administer).
 * Used by `shangliang create-admin` on a fresh PostgreSQL deployment.
 */
export async function createFirstAdmin(
  db: DbOrTx,
  input: { username: string; displayName: string; password: string; placeName: string; placeCode: string },
) {
  return db.transaction(async (tx) => {
    await lockTree(tx);
    const [existing] = await tx
      .select()
      .from(places)
      .where(sql`${places.parentId} is null and ${places.name} = ${input.placeName}`);
    const top =
      existing ??
      (await seedPlace(tx, null, {
        kind: 'district',
        name: input.placeName,
        code: input.placeCode,
        hasCouncil: true,
        hasWorkstation: true,
      }));
    const id = await seedAccount(tx, { ...input, homePlaceId: top.id, roles: [{ role: 'admin', placeId: top.id }] });
    await writeAudit(
      tx,
      { actor: null, ip: null },
      {
        action: 'account.create_admin',
        entityType: 'account',
        entityId: id,
        placePath: top.path,
        after: { username: input.username },
      },
    );
    return { accountId: id, placeId: top.id };
  });
}
