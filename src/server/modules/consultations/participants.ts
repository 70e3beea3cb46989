import { and, asc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { inSubtree, pathAtDepth } from '../../platform/db/place-path';
import { accounts, grants, opinions, participants, places } from '../../platform/db/schema';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { notify } from '../notifications';
import { auditConsultation, manageable, writeRecord } from './access';
import { type ConsultationRef, participantColumns } from './queries';
import type { AddParticipantInput } from './schemas';

/**
 * Who may be invited with an account: members, leaders, liaisons, departments and the CPPCC office
 * (政协机关, which organises deliberation and may sit in) of the same district.
 */
const INVITABLE_ROLES = ['member', 'leader', 'liaison', 'department', 'cppcc'] as const satisfies readonly Role[];
export const INVITABLE_LIMIT = 20;

export const eligible = (district: string): SQL =>
  and(
    eq(accounts.isDisabled, false),
    sql`exists (select 1 from ${grants} join ${places} on ${places.id} = ${grants.placeId} where ${grants.accountId} = ${accounts.id} and ${inArray(grants.role, INVITABLE_ROLES)} and ${inSubtree(places.path, [district])})`,
  ) as SQL;

/** Accounts the manager may invite, not yet invited, matching `q`. */
export async function listInvitable(ctx: Ctx, id: string, q: string | undefined) {
  const c = await manageable(ctx, id);
  const district = pathAtDepth(c.placePath, 1);
  const where: SQL[] = [
    eligible(district),
    sql`not exists (select 1 from ${participants} where ${participants.consultationId} = ${c.id} and ${participants.accountId} = ${accounts.id})`,
  ];
  if (q) {
    const like = `%${escapeLike(q)}%`;
    where.push(or(ilike(accounts.displayName, like), ilike(accounts.username, like)) as SQL);
  }
  const people = await ctx.db
    .select({ id: accounts.id, displayName: accounts.displayName, username: accounts.username })
    .from(accounts)
    .where(and(...where))
    .orderBy(asc(accounts.displayName), asc(accounts.username))
    .limit(INVITABLE_LIMIT);
  if (people.length === 0) return [];
  const roles = await ctx.db
    .select({ accountId: grants.accountId, role: grants.role, placeName: places.name })
    .from(grants)
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(
      and(
        inArray(
          grants.accountId,
          people.map((p) => p.id),
        ),
        inArray(grants.role, INVITABLE_ROLES),
        inSubtree(places.path, [district]),
      ),
    )
    .orderBy(asc(places.depth));
  return people.map((p) => ({
    ...p,
    roles: roles.filter((r) => r.accountId === p.id).map(({ role, placeName }) => ({ role, placeName })),
  }));
}

export async function findParticipant(db: DbOrTx, consultationId: string, participantId: string) {
  const [row] = await db
    .select(participantColumns)
    .from(participants)
    .where(and(eq(participants.consultationId, consultationId), eq(participants.id, participantId)));
  return row;
}

const exists = () => conflict('consultation_participant_exists');

/** Invitees with accounts hear of it in the console (no one is told of their own step). */
export async function noticeInvited(tx: DbOrTx, ctx: Ctx, c: ConsultationRef, accountIds: string[]) {
  const told = accountIds.filter((id) => id !== ctx.actor.id);
  if (told.length === 0) return;
  await notify(tx, {
    accountIds: told,
    kind: 'invited',
    params: {
      code: c.code,
      title: c.title,
      actor: ctx.actor.displayName,
      startsAt: c.startsAt ? c.startsAt.toISOString() : null,
    },
    entityType: 'consultation',
    entityId: c.id,
  });
}

/** Invites someone: an account (named by its display name unless told) or a person by name and affiliation. */
export async function addParticipant(ctx: Ctx, id: string, input: AddParticipantInput) {
  return writeRecord(ctx, id, async (tx, c) => {
    let name = input.name || null;
    if (input.accountId) {
      const [account] = await tx
        .select({ id: accounts.id, displayName: accounts.displayName })
        .from(accounts)
        .where(and(eq(accounts.id, input.accountId), eligible(pathAtDepth(c.placePath, 1))));
      if (!account) throw invalid([{ path: 'accountId', key: 'invalid_value' }]);
      const [taken] = await tx
        .select({ id: participants.id })
        .from(participants)
        .where(and(eq(participants.consultationId, c.id), eq(participants.accountId, account.id)));
      if (taken) throw exists();
      name ??= account.displayName;
    } else {
      if (!name)
        throw new AppError(400, 'consultation_participant_name_required', {}, [{ path: 'name', key: 'required' }]);
      // people without accounts are told apart by name: QR sign-in matches them by it
      const [taken] = await tx
        .select({ id: participants.id })
        .from(participants)
        .where(and(eq(participants.consultationId, c.id), isNull(participants.accountId), eq(participants.name, name)));
      if (taken) throw exists();
    }
    const [row] = await tx
      .insert(participants)
      .values({
        consultationId: c.id,
        accountId: input.accountId ?? null,
        name,
        affiliation: input.affiliation ?? null,
        kind: input.kind,
      })
      .returning(participantColumns);
    if (!row) throw new Error('participant not inserted');
    await auditConsultation(tx, ctx, c, 'participant.add', { after: row });
    if (row.accountId) await noticeInvited(tx, ctx, c, [row.accountId]);
    return row;
  });
}

/** Takes someone off the list; their voiced opinions stay on record under their name. */
export async function removeParticipant(ctx: Ctx, id: string, participantId: string) {
  await writeRecord(ctx, id, async (tx, c) => {
    const row = await findParticipant(tx, c.id, participantId);
    if (!row) throw notFound();
    await tx.update(opinions).set({ participantId: null }).where(eq(opinions.participantId, participantId));
    await tx.delete(participants).where(eq(participants.id, participantId));
    await auditConsultation(tx, ctx, c, 'participant.remove', { before: row });
  });
}

/** The liaison ticks someone off as present (or takes the tick back). */
export async function tickAttendance(ctx: Ctx, id: string, participantId: string, attended: boolean) {
  return writeRecord(ctx, id, async (tx, c) => {
    const row = await findParticipant(tx, c.id, participantId);
    if (!row) throw notFound();
    const change = attended
      ? { attendedAt: row.attendedAt ?? new Date(), attendanceMethod: row.attendedAt ? row.attendanceMethod : 'ticked' }
      : { attendedAt: null, attendanceMethod: null };
    const [updated] = await tx
      .update(participants)
      .set(change)
      .where(eq(participants.id, participantId))
      .returning(participantColumns);
    await auditConsultation(tx, ctx, c, 'participant.attendance', { before: row, after: change });
    return updated ?? row;
  });
}
