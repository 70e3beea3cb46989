import { randomUUID } from 'node:crypto';
import { and, count, isNull, sql } from 'drizzle-orm';
import type { PlaceKind, Role } from '../../shared/enums';
import { childPath } from '../modules/places';
import { writeAudit } from '../platform/audit';
import { hashPassword } from '../platform/auth/passwords';
import { type DbOrTx, isUniqueViolation } from '../platform/db';
import { lockTree } from '../platform/db/locks';
import { accounts, grants, places } from '../platform/db/schema';

/** A setup step refused for a reason the person running it can fix; the message says which. */
export class SetupError extends Error {}

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

type AccountSeed = {
  username: string;
  displayName: string;
  homePlaceId: string;
  roles: { role: Role; placeId: string }[];
};

export async function seedAccount(tx: DbOrTx, a: AccountSeed & { password: string }) {
  return insertAccount(tx, { ...a, passwordHash: await hashPassword(a.password) });
}

async function insertAccount(tx: DbOrTx, a: AccountSeed & { passwordHash: string }) {
  const [row] = await tx
    .insert(accounts)
    .values({
      username: a.username,
      displayName: a.displayName,
      passwordHash: a.passwordHash,
      homePlaceId: a.homePlaceId,
    })
    .returning({ id: accounts.id });
  const id = (row as { id: string }).id;
  for (const g of a.roles) await tx.insert(grants).values({ accountId: id, placeId: g.placeId, role: g.role });
  return id;
}

/**
 * Creates an administrator at a top-level place: the one named `placeName`, or — on an empty
 * database only — a new district of that name. There is one tree: a second top-level place is
 * never made here. Used by `shangliang create-admin` on a fresh PostgreSQL deployment.
 */
export async function createFirstAdmin(
  db: DbOrTx,
  input: { username: string; displayName: string; password: string; placeName: string; placeCode: string },
) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      await lockTree(tx);
      const top = (await findTopPlace(tx, input.placeName)) ?? (await createTopPlace(tx, input));
      const [taken] = await tx
        .select({ id: accounts.id })
        .from(accounts)
        .where(sql`lower(${accounts.username}) = lower(${input.username})`);
      if (taken) throw new SetupError(`username ${input.username} is already taken`);
      const id = await insertAccount(tx, {
        ...input,
        passwordHash,
        homePlaceId: top.id,
        roles: [{ role: 'admin', placeId: top.id }],
      });
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
      return { accountId: id, placeId: top.id, placeName: top.name };
    });
  } catch (err) {
    // another process made the same account or code at the same moment
    if (isUniqueViolation(err, 'accounts_username_key'))
      throw new SetupError(`username ${input.username} is already taken`);
    if (isUniqueViolation(err, 'places_code_key'))
      throw new SetupError(`place code ${input.placeCode} is already in use`);
    throw err;
  }
}

async function findTopPlace(tx: DbOrTx, name: string) {
  const [row] = await tx
    .select({ id: places.id, name: places.name, path: places.path })
    .from(places)
    .where(and(isNull(places.parentId), sql`${places.name} = ${name}`));
  return row;
}

async function createTopPlace(tx: DbOrTx, input: { placeName: string; placeCode: string }) {
  const tops = await tx.select({ name: places.name }).from(places).where(isNull(places.parentId));
  if (tops.length > 0) {
    const names = tops.map((p) => p.name).join(', ');
    throw new SetupError(
      `the database already has its top-level place (${names}); pass --place with that name to add an administrator there`,
    );
  }
  const made = await seedPlace(tx, null, {
    kind: 'district',
    name: input.placeName,
    code: input.placeCode,
    hasCouncil: true,
    hasWorkstation: true,
  });
  return { ...made, name: input.placeName };
}
