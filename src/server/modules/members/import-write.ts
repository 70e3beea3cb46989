// Writing one checked roster row: a new member (account with a first password, `member` role,
// profile) or the update of one, the places it names, and its audit event.
import { writeAudit } from '../../platform/audit';
import { hashPassword } from '../../platform/auth/passwords';
import type { Ctx } from '../../platform/context';
import type { Cipher } from '../../platform/crypto';
import type { DbOrTx } from '../../platform/db';
import { isMasked, type RowPlan } from './import-checks';
import { insertMemberAccount, saveProfile, setServedPlaces, updateMemberAccount } from './member-writes';
import { canManageAt } from './policy';
import { initialPassword } from './rules';

export type Credential = { password: string; passwordHash: string };

/** A first password and its hash (slow: made before the import's transaction when it can be). */
export async function newCredential(): Promise<Credential> {
  const password = initialPassword();
  return { password, passwordHash: await hashPassword(password) };
}

/** Writes a row; for a new member, answers the account made and its first password. */
export async function writeRow(
  db: DbOrTx,
  ctx: Ctx,
  cipher: Cipher,
  columns: ReadonlySet<string>,
  r: RowPlan,
  credential: Credential | undefined,
) {
  const { memberNo, sector, level, party, gender, employer, position, expertise, termStart, termEnd } = r.data;
  const profile = { memberNo, sector, level, party, gender, employer, position, expertise, termStart, termEnd };
  const { displayName } = r.data;
  let id: string;
  let made: Credential | undefined;
  if (r.member) {
    id = r.member.id;
    await updateMemberAccount(db, id, { displayName, homePlaceId: r.home.id, oldHomePlaceId: r.member.homePlace.id });
  } else {
    made = credential ?? (await newCredential()); // another import made it meanwhile: rare, hashed here
    id = await insertMemberAccount(db, {
      username: r.username,
      displayName,
      passwordHash: made.passwordHash,
      homePlaceId: r.home.id,
    });
  }
  const phoneMasked = await saveProfile(db, cipher, id, profile, isMasked(r.data.phone) ? undefined : r.data.phone);
  // an assignment made by another region's office stays as it is
  const kept = (path: string) => canManageAt(ctx.actor, path);
  const places: Record<string, unknown> = {};
  if (columns.has('workstations'))
    places.workstations = await setServedPlaces(db, id, 'workstation', r.places.workstation, kept);
  if (columns.has('assigned')) places.assigned = await setServedPlaces(db, id, 'assigned', r.places.assigned, kept);
  await writeAudit(db, ctx, {
    action: 'member.import',
    entityType: 'member',
    entityId: id,
    placePath: r.home.path,
    before: r.member
      ? { displayName: r.member.displayName, homePlaceId: r.member.homePlace.id, ...r.member.profile }
      : null,
    after: { username: r.username, displayName, homePlaceId: r.home.id, ...profile, phoneMasked, ...places },
  });
  if (!made) return undefined;
  return { row: r.row, memberNo, username: r.username, displayName, initialPassword: made.password };
}
