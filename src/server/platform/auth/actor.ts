import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Role } from '../../../shared/enums';
import { escapeLike } from '../db/like';

export type ActorGrant = {
  id: string;
  role: Role;
  placeId: string;
  placePath: string;
  placeName: string;
};

/** The signed-in person and the roles they hold, each at a place. */
export type Actor = {
  id: string;
  username: string;
  displayName: string;
  homePlacePath: string;
  grants: ActorGrant[];
};

/** A place path lies within another when it is the same place or beneath it. */
export const isWithin = (path: string, ancestorPath: string) => path.startsWith(ancestorPath);

/** The paths where the actor holds one of `roles`; the roots of what those roles reach. */
export function reachOf(actor: Actor, roles: readonly Role[]): string[] {
  const paths = actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.placePath);
  // drop paths already covered by a shorter one, so SQL conditions stay small
  return paths.filter((p, i) => !paths.some((q, j) => j !== i && p !== q && isWithin(p, q)));
}

/** True when a grant of one of `roles` reaches `path`. */
export const reaches = (actor: Actor, roles: readonly Role[], path: string) =>
  actor.grants.some((g) => roles.includes(g.role) && isWithin(path, g.placePath));

/** The same question as SQL: `column` (a place path) lies within one of `paths`. */
export function pathWithin(column: PgColumn | SQL, paths: string[]): SQL {
  if (paths.length === 0) return sql`false`;
  const parts = paths.map((p) => sql`${column} like ${`${escapeLike(p)}%`}`);
  return sql`(${sql.join(parts, sql` or `)})`;
}
