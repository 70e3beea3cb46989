import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { pathAtDepth } from '../../platform/db/place-path';
import { accounts, participants } from '../../platform/db/schema';
import { auditConsultation, writeRecord } from './access';
import { fixedMembersOf } from './organisers';
import { eligible, noticeInvited } from './participants';
import { participantColumns } from './queries';

/**
 * 邀请固定成员: invites the fixed members of the council's groups (议事会固定成员) as members,
 * skipping those already on the list (and accounts that may no longer be invited); each one added
 * hears of it as when invited by hand. As inviting: 404, 403, 409 once closed.
 */
export async function inviteFixedMembers(ctx: Ctx, id: string) {
  return writeRecord(ctx, id, async (tx, c) => {
    const fixed = await fixedMembersOf(tx, c.placeId);
    const ids = fixed.members.map((m) => m.id);
    const [invitable, listed] =
      ids.length === 0
        ? [[], []]
        : await Promise.all([
            tx
              .select({ id: accounts.id })
              .from(accounts)
              .where(and(inArray(accounts.id, ids), eligible(pathAtDepth(c.placePath, 1)))),
            tx
              .select({ id: participants.accountId })
              .from(participants)
              .where(
                and(
                  eq(participants.consultationId, c.id),
                  isNotNull(participants.accountId),
                  inArray(participants.accountId, ids),
                ),
              ),
          ]);
    const isInvitable = new Set(invitable.map((a) => a.id));
    const isListed = new Set(listed.map((p) => p.id));
    const fresh = fixed.members.filter((m) => isInvitable.has(m.id) && !isListed.has(m.id));
    const added =
      fresh.length === 0
        ? []
        : await tx
            .insert(participants)
            .values(
              fresh.map((m) => ({
                consultationId: c.id,
                accountId: m.id,
                name: m.displayName,
                kind: 'member' as const,
              })),
            )
            .returning(participantColumns);
    if (added.length > 0) {
      await auditConsultation(tx, ctx, c, 'participant.add_fixed', { after: added });
      await noticeInvited(
        tx,
        ctx,
        c,
        added.map((p) => p.accountId as string),
      );
    }
    return { added, skipped: isListed.size, groups: fixed.groups };
  });
}
