import { and, asc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { inSubtree, isAncestorOrSelf, isWithin } from '../../platform/db/place-path';
import { places, procedures } from '../../platform/db/schema';
import { canKeepProcedures } from './policy';
import { BUILT_IN_PROCEDURES, type BuiltInProcedureKey } from './rules';
import type { ProcedureOut } from './schemas';

/**
 * Writes the built-in procedures as the code defines them: inserted on the first start, brought up
 * to date on a later one when the code changed them (e.g. steps now held after the meeting), left
 * alone otherwise — so a second run, or a racing one, changes nothing. Consultations keep the
 * steps they copied when they were scheduled.
 */
export async function ensureBuiltInProcedures(db: DbOrTx) {
  await db
    .insert(procedures)
    .values(
      BUILT_IN_PROCEDURES.map((p) => ({
        builtInKey: p.key,
        name: p.name,
        description: p.description,
        steps: p.steps.map((s) => ({ ...s })),
      })),
    )
    .onConflictDoUpdate({
      target: procedures.builtInKey,
      set: {
        name: sql`excluded.name`,
        description: sql`excluded.description`,
        steps: sql`excluded.steps`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`(${procedures.name}, ${procedures.description}, ${procedures.steps}) is distinct from (excluded.name, excluded.description, excluded.steps)`,
    });
}

const columns = {
  id: procedures.id,
  name: procedures.name,
  description: procedures.description,
  builtInKey: procedures.builtInKey,
  steps: procedures.steps,
  archivedAt: procedures.archivedAt,
  placeId: places.id,
  placeName: places.name,
  placePath: places.path,
};

const select = (db: DbOrTx) => db.select(columns).from(procedures).leftJoin(places, eq(places.id, procedures.placeId));

export type ProcedureRow = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];

/** A procedure kept at `path` or above it, or built in: what a council at `path` may walk. */
const offeredAt = (path: string): SQL => or(isNull(procedures.placeId), isAncestorOrSelf(places.path, path)) as SQL;

export async function findProcedure(db: DbOrTx, id: string): Promise<ProcedureRow | undefined> {
  const [row] = await select(db).where(eq(procedures.id, id));
  return row;
}

export async function findBuiltInProcedure(db: DbOrTx, key: BuiltInProcedureKey) {
  const [row] = await select(db).where(eq(procedures.builtInKey, key));
  return row;
}

/** A live procedure a council at `path` may walk, or undefined. */
export async function findOfferedProcedure(db: DbOrTx, id: string, path: string) {
  const [row] = await select(db).where(and(eq(procedures.id, id), offeredAt(path), isNull(procedures.archivedAt)));
  return row;
}

/**
 * The procedures offered at the place at `path` (built-ins, then those kept at it or above it);
 * without a place: those at or above, or beneath, anything the actor reaches.
 */
export async function listProcedures(db: DbOrTx, actor: Actor, path: string | undefined) {
  const grantPaths = actor.grants.map((g) => g.placePath);
  const where = path
    ? offeredAt(path)
    : (or(
        isNull(procedures.placeId),
        inSubtree(places.path, grantPaths),
        ...grantPaths.map((p) => isAncestorOrSelf(places.path, p)),
      ) as SQL);
  const rows = await select(db).where(where).orderBy(asc(places.path), asc(procedures.name));
  // the built-ins first, in their own order; then the places' own, from the top down
  const rank = (r: ProcedureRow) => {
    const i = BUILT_IN_PROCEDURES.findIndex((b) => b.key === r.builtInKey);
    return i < 0 ? BUILT_IN_PROCEDURES.length : i;
  };
  return rows.sort((a, b) => rank(a) - rank(b));
}

/** May the actor see this procedure (built in, or kept at, above or beneath what they reach)? */
export const isProcedureVisible = (actor: Actor, row: ProcedureRow) =>
  row.placePath === null ||
  actor.grants.some(
    (g) => isWithin(g.placePath, row.placePath as string) || isWithin(row.placePath as string, g.placePath),
  );

export const presentProcedure = (actor: Actor, row: ProcedureRow): ProcedureOut => ({
  id: row.id,
  name: row.name,
  description: row.description,
  builtInKey: row.builtInKey,
  place: row.placeId && row.placeName ? { id: row.placeId, name: row.placeName } : null,
  // steps stored before steps had a phase were all held in the meeting
  steps: row.steps.map((s) => ({ ...s, phase: s.phase ?? 'meeting' })),
  isArchived: row.archivedAt !== null,
  abilities: { edit: !row.builtInKey && row.placePath !== null && canKeepProcedures(actor, row.placePath) },
});
