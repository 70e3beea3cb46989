import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import { destroyAccountSessions } from '../../platform/auth/sessions';
import type { Ctx } from '../../platform/context';
import type { Cipher } from '../../platform/crypto';
import type { DbOrTx } from '../../platform/db';
import { accounts } from '../../platform/db/schema';
import { forbidden, invalidField } from '../../platform/errors';
import { loadVisibleMember } from './load';
import { manageablePlace, saveProfile, updateMemberAccount } from './member-writes';
import { canMember } from './policy';
import { holderOfNumber, lockMember } from './queries';
import type { UpdateMemberInput } from './schemas';

/** Loads a member the actor keeps, holding their row: 404 unseen, 403 not on the actor's roster. */
export async function loadManagedMember(tx: DbOrTx, ctx: Ctx, id: string) {
  await lockMember(tx, id);
  const loaded = await loadVisibleMember(tx, ctx.actor, id);
  if (!canMember(ctx.actor, 'manage', loaded.scope)) throw forbidden();
  return loaded;
}

/**
 * Saves a member's profile as a whole (and makes it, for a member account that had none): name,
 * home place (their `member` role moves with it), 界别, level, 政治面貌, term, work, and the phone
 * when one is given. 409 when the number belongs to another member.
 */
export async function updateMember(ctx: Ctx, cipher: Cipher, id: string, input: UpdateMemberInput) {
  await ctx.db.transaction(async (tx) => {
    const { m } = await loadManagedMember(tx, ctx, id);
    const moving = input.homePlaceId !== m.homePlace.id;
    const home = moving ? await manageablePlace(tx, ctx, input.homePlaceId, 'homePlaceId') : undefined;
    const holder = await holderOfNumber(tx, input.memberNo);
    if (holder && holder !== id) throw invalidField('memberNo', 'member_no_taken');
    const { displayName, homePlaceId, phone, ...profile } = input;
    await updateMemberAccount(tx, id, { displayName, homePlaceId, oldHomePlaceId: m.homePlace.id });
    const phoneMasked = await saveProfile(tx, cipher, id, profile, phone);
    await writeAudit(tx, ctx, {
      action: 'member.update',
      entityType: 'member',
      entityId: id,
      placePath: home?.path ?? m.homePlacePath,
      before: { displayName: m.displayName, homePlaceId: m.homePlace.id, ...m.profile, phoneMasked: m.phoneMasked },
      after: { displayName, homePlaceId, ...profile, phoneMasked },
    });
  });
}

/**
 * Archives a member (their account disabled, sessions ended) or restores them. Idempotent; nobody
 * archives their own account.
 */
export async function setMemberArchived(ctx: Ctx, id: string, archived: boolean) {
  await ctx.db.transaction(async (tx) => {
    const { m } = await loadManagedMember(tx, ctx, id);
    if (archived && id === ctx.actor.id) throw forbidden();
    if (m.isDisabled === archived) return;
    await tx.update(accounts).set({ isDisabled: archived, updatedAt: new Date() }).where(eq(accounts.id, id));
    if (archived) await destroyAccountSessions(tx, id);
    await writeAudit(tx, ctx, {
      action: archived ? 'member.archive' : 'member.restore',
      entityType: 'member',
      entityId: id,
      placePath: m.homePlacePath,
      before: { isDisabled: m.isDisabled },
      after: { isDisabled: archived },
    });
  });
}
