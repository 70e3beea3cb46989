import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { trainingInvitees } from '../../platform/db/schema';
import { invalid } from '../../platform/errors';
import { notify } from '../notifications';
import { manageRoots, membersWithin } from './queries';

type Session = { id: string; title: string; startsAt: Date; placePath: string };

/**
 * The members a session's invitation goes to: every member of its place's reach (inviteAll), and
 * those chosen by name — each a member within the inviter's reach (else 400 memberIds).
 */
export async function inviteesOf(
  db: DbOrTx,
  ctx: Ctx,
  placePath: string,
  input: { inviteAll: boolean; memberIds: readonly string[] },
) {
  const chosen = input.memberIds.length
    ? await membersWithin(db, manageRoots(ctx.actor), { ids: input.memberIds })
    : [];
  if (chosen.length !== input.memberIds.length) throw invalid([{ path: 'memberIds', key: 'invalid_value' }]);
  const all = input.inviteAll ? await membersWithin(db, [placePath]) : [];
  return [...new Set([...all, ...chosen].map((m) => m.id))].filter((id) => id !== ctx.actor.id);
}

/**
 * Invites members to a session: each kept as invited once (training_invitees) and sent the 培训通知
 * (training_scheduled) when newly invited; how many were.
 */
export async function addInvitees(tx: DbOrTx, ctx: Ctx, t: Session, accountIds: readonly string[]) {
  if (accountIds.length === 0) return 0;
  const added = await tx
    .insert(trainingInvitees)
    .values(accountIds.map((accountId) => ({ trainingId: t.id, accountId })))
    .onConflictDoNothing()
    .returning({ id: trainingInvitees.accountId });
  return notify(tx, {
    accountIds: added.map((a) => a.id),
    kind: 'training_scheduled',
    params: { title: t.title, actor: ctx.actor.displayName, startsAt: t.startsAt.toISOString() },
    entityType: 'training',
    entityId: t.id,
    dedupeKey: `training:${t.id}`,
  });
}
