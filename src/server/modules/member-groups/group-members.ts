// A group's members and their positions (组长 / 联络员 / 成员).
import { and, eq } from 'drizzle-orm';
import type { GroupPosition } from '../../../shared/enums';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { pathAtDepth } from '../../platform/db/place-path';
import { memberGroupMembers } from '../../platform/db/schema';
import { AppError, conflict, notFound } from '../../platform/errors';
import { auditGroup, writeGroup } from './access';
import type { GroupRow } from './queries';
import { findGroupMember, isDistrictMember, membersOf } from './queries';
import { compositionOf, positionConflict } from './rules';
import type { AddGroupMemberInput } from './schemas';

/** 409 when the move would give a 1+2+N activity group a second lead or a third liaison. */
async function assertFits(tx: Tx, g: GroupRow, from: GroupPosition | null, to: GroupPosition) {
  const c = compositionOf((await membersOf(tx, g.id)).map((m) => m.position));
  const code = positionConflict(g.kind, c, from, to);
  if (code) throw conflict(code);
}

/**
 * Adds a member (an account holding a member grant in the group's district) at a position.
 * 400 for anyone else, 409 when already in the group or the position is full.
 */
export async function addGroupMember(ctx: Ctx, id: string, input: AddGroupMemberInput) {
  await writeGroup(ctx, id, async (tx, g) => {
    if (!(await isDistrictMember(tx, input.accountId, pathAtDepth(g.placePath, 1))))
      throw new AppError(400, 'member_group_not_member', {}, [{ path: 'accountId', key: 'invalid_value' }]);
    if (await findGroupMember(tx, g.id, input.accountId)) throw conflict('member_group_member_exists');
    await assertFits(tx, g, null, input.position);
    await tx.insert(memberGroupMembers).values({ groupId: g.id, accountId: input.accountId, position: input.position });
    await auditGroup(tx, ctx, g, 'member.add', { after: input });
  });
}

/** Moves a member to another position (404 when not in the group, 409 when the position is full). */
export async function changeGroupPosition(ctx: Ctx, id: string, accountId: string, position: GroupPosition) {
  await writeGroup(ctx, id, async (tx, g) => {
    const row = await findGroupMember(tx, g.id, accountId);
    if (!row) throw notFound();
    if (row.position === position) return;
    await assertFits(tx, g, row.position, position);
    await tx
      .update(memberGroupMembers)
      .set({ position })
      .where(and(eq(memberGroupMembers.groupId, g.id), eq(memberGroupMembers.accountId, accountId)));
    await auditGroup(tx, ctx, g, 'member.position', { before: row, after: { accountId, position } });
  });
}

/** Takes a member out of the group (404 when not in it). */
export async function removeGroupMember(ctx: Ctx, id: string, accountId: string) {
  await writeGroup(ctx, id, async (tx, g) => {
    const row = await findGroupMember(tx, g.id, accountId);
    if (!row) throw notFound();
    await tx
      .delete(memberGroupMembers)
      .where(and(eq(memberGroupMembers.groupId, g.id), eq(memberGroupMembers.accountId, accountId)));
    await auditGroup(tx, ctx, g, 'member.remove', { before: row });
  });
}
