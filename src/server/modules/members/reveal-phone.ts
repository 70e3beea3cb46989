import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Cipher } from '../../platform/crypto';
import { memberProfiles } from '../../platform/db/schema';
import { forbidden } from '../../platform/errors';
import { loadVisibleMember } from './load';
import { canMember } from './policy';

/** Shows the CPPCC office a member's full mobile number, and records that they saw it (PIPL). */
export async function revealMemberPhone(ctx: Ctx, cipher: Cipher, id: string) {
  const { m, scope } = await loadVisibleMember(ctx.db, ctx.actor, id);
  if (!canMember(ctx.actor, 'manage', scope)) throw forbidden();
  const [row] = await ctx.db
    .select({ cipher: memberProfiles.phoneCipher })
    .from(memberProfiles)
    .where(eq(memberProfiles.accountId, id));
  const phone = row?.cipher ? cipher.decrypt(row.cipher) : null;
  await writeAudit(ctx.db, ctx, {
    action: 'member.view_phone',
    entityType: 'member',
    entityId: id,
    placePath: m.homePlacePath,
  });
  return { phone };
}
