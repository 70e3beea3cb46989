import { writeAudit } from '../../platform/audit';
import { hashPassword } from '../../platform/auth/passwords';
import type { Ctx } from '../../platform/context';
import type { Cipher } from '../../platform/crypto';
import { invalidField } from '../../platform/errors';
import { insertMemberAccount, manageablePlace, saveProfile } from './member-writes';
import { holderOfNumber, usernameTaken } from './queries';
import { initialPassword } from './rules';
import type { CreateMemberInput } from './schemas';

/**
 * Adds a member to the roster (新增委员): an account homed at a place in the CPPCC office's reach,
 * holding `member` there, with a generated first password they must change, and the profile.
 * 400 on a home place they cannot use, 403 outside their roster, 409 on a taken username or number.
 */
export async function createMember(ctx: Ctx, cipher: Cipher, input: CreateMemberInput) {
  const password = initialPassword();
  const passwordHash = await hashPassword(password); // slow: before the transaction, not inside it
  const id = await ctx.db.transaction(async (tx) => {
    const home = await manageablePlace(tx, ctx, input.homePlaceId, 'homePlaceId');
    if (await usernameTaken(tx, input.username)) throw invalidField('username', 'username_taken');
    if (await holderOfNumber(tx, input.memberNo)) throw invalidField('memberNo', 'member_no_taken');
    const { username, displayName, phone, homePlaceId: _, ...profile } = input;
    const id = await insertMemberAccount(tx, { username, displayName, passwordHash, homePlaceId: home.id });
    const phoneMasked = await saveProfile(tx, cipher, id, profile, phone ?? null);
    await writeAudit(tx, ctx, {
      action: 'member.create',
      entityType: 'member',
      entityId: id,
      placePath: home.path,
      after: { username, displayName, homePlaceId: home.id, ...profile, phoneMasked },
    });
    return id;
  });
  return { id, initialPassword: password };
}
