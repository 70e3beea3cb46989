import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { inSubtree, isAncestorOrSelf, nearestOfKind } from '../../platform/db/place-path';
import { accounts, grants, places } from '../../platform/db/schema';

export type CandidateKind = 'owner' | 'leader';

/**
 * Where an outcome's tasks can go: the township (乡镇/街道) its place lies in, or the district when
 * it was reached above any township. A village's outcome may be carried out by its township.
 */
async function reachRoot(db: DbOrTx, placePath: string) {
  const root = await nearestOfKind(db, placePath, ['township', 'subdistrict', 'district']);
  return root?.path ?? placePath;
}

/**
 * Who a task can go to (责任单位/责任人) and who it can be escalated to (督办), as SQL over grants ⋈ places:
 * - owner: a department or the CPPCC office serving the outcome's reach (held there, above it, or
 *   beneath it) — the office carries out what falls to the CPPCC (a proposal to follow, members to
 *   send) — or a liaison, leader or member holding a role within that reach (a township, a village,
 *   a grid);
 * - leader: a leader whose role reaches the task's place (held there or above it).
 */
function candidateGrants(kind: CandidateKind, rootPath: string, placePath: string): SQL {
  if (kind === 'leader') return and(eq(grants.role, 'leader'), isAncestorOrSelf(places.path, placePath)) as SQL;
  return or(
    and(inArray(grants.role, ['department', 'cppcc', 'liaison', 'leader', 'member']), inSubtree(places.path, rootPath)),
    and(inArray(grants.role, ['department', 'cppcc']), isAncestorOrSelf(places.path, rootPath)),
  ) as SQL;
}

/**
 * The live accounts a task of an outcome at `placePath` can go to (or be escalated to), each once
 * with the grant that makes them one (the highest); `ids` narrows to those accounts (checking a choice).
 */
export async function taskCandidates(
  db: DbOrTx,
  placePath: string,
  opts: { kind: CandidateKind; q?: string | undefined; ids?: string[]; limit?: number },
) {
  const root = await reachRoot(db, placePath);
  const where: SQL[] = [eq(accounts.isDisabled, false), candidateGrants(opts.kind, root, placePath)];
  if (opts.ids) where.push(inArray(accounts.id, opts.ids));
  if (opts.q) {
    const pattern = `%${escapeLike(opts.q)}%`;
    where.push(or(ilike(accounts.displayName, pattern), ilike(accounts.username, pattern)) as SQL);
  }
  const rows = await db
    .select({
      id: accounts.id,
      displayName: accounts.displayName,
      username: accounts.username,
      role: grants.role,
      place: { id: places.id, name: places.name },
    })
    .from(accounts)
    .innerJoin(grants, eq(grants.accountId, accounts.id))
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(and(...where))
    // departments first (the usual 责任单位), then by name; an account's highest grant first
    .orderBy(desc(sql`${grants.role} = 'department'`), asc(accounts.displayName), asc(accounts.id), asc(places.depth))
    .limit((opts.limit ?? 30) * 3);
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.id) && seen.add(r.id)).slice(0, opts.limit ?? 30);
}

/** The one candidate with this id, or undefined when they are not one. */
export async function findCandidate(db: DbOrTx, placePath: string, kind: CandidateKind, id: string) {
  const [found] = await taskCandidates(db, placePath, { kind, ids: [id], limit: 1 });
  return found;
}
