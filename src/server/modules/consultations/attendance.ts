import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/actor';
import type { Ctx } from '../../platform/context';
import type { Db, Tx } from '../../platform/db';
import { consultations, participants, places } from '../../platform/db/schema';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { auditConsultation, readable } from './access';
import { participantColumns } from './queries';
import { isAttendanceOpen } from './rules';
import type { PublicSignInBody } from './schemas';

/** Locks the consultation for the sign-in and refuses outside the window (or once closed). */
async function openForSignIn(tx: Tx, id: string, now: Date) {
  const [row] = await tx
    .select({ status: consultations.status, startsAt: consultations.startsAt })
    .from(consultations)
    .where(eq(consultations.id, id))
    .for('update');
  if (!row || !isAttendanceOpen(row, now)) throw conflict('attendance_closed');
}

/** Marks a participant present by QR code; signing in twice keeps the first time. */
async function markPresent(tx: Tx, participantId: string, now: Date) {
  const [row] = await tx
    .update(participants)
    .set({ attendedAt: now, attendanceMethod: 'qr' })
    .where(and(eq(participants.id, participantId), isNull(participants.attendedAt)))
    .returning(participantColumns);
  if (row) return { row, isNew: true };
  const [kept] = await tx.select(participantColumns).from(participants).where(eq(participants.id, participantId));
  if (!kept) throw notFound();
  return { row: kept, isNew: false };
}

const accountParticipant = async (tx: Tx | Db, consultationId: string, accountId: string) => {
  const [row] = await tx
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.consultationId, consultationId), eq(participants.accountId, accountId)));
  return row;
};

/** A signed-in invitee signs themself in from the consultation page. */
export async function signInSelf(ctx: Ctx, id: string, now = new Date()) {
  const c = await readable(ctx, id);
  const mine = await accountParticipant(ctx.db, c.id, ctx.actor.id);
  if (!mine) throw new AppError(403, 'consultation_not_invited');
  return ctx.db.transaction(async (tx) => {
    await openForSignIn(tx, c.id, now);
    const { row, isNew } = await markPresent(tx, mine.id, now);
    if (isNew) await auditConsultation(tx, ctx, c, 'attendance.sign_in', { after: { participantId: row.id } });
    return row;
  });
}

/** The consultation behind a sign-in QR code. */
async function byToken(db: Db, token: string) {
  const [row] = await db
    .select({
      id: consultations.id,
      title: consultations.title,
      venue: consultations.venue,
      startsAt: consultations.startsAt,
      status: consultations.status,
      placeName: places.name,
      placePath: places.path,
    })
    .from(consultations)
    .innerJoin(places, eq(places.id, consultations.placeId))
    .where(eq(consultations.signInToken, token));
  return row;
}

/** What the attendance page (/a/<token>) shows before signing in. */
export async function publicAttendance(db: Db, token: string, now = new Date()) {
  const c = await byToken(db, token);
  if (!c) throw notFound();
  const { title, placeName, venue, startsAt, status } = c;
  return { title, placeName, venue, startsAt, status, isOpen: isAttendanceOpen(c, now) };
}

type SignInInput = z.infer<typeof PublicSignInBody>;

/** The participant a QR sign-in is for: the signed-in invitee, else someone without an account of that exact name. */
async function matchInvitee(tx: Tx, consultationId: string, actor: Actor | null, name: string | undefined) {
  const invited = actor ? await accountParticipant(tx, consultationId, actor.id) : undefined;
  if (invited) return invited.id;
  if (!name) throw invalid([{ path: 'name', key: 'required' }]);
  const [byName] = await tx
    .select({ id: participants.id })
    .from(participants)
    .where(
      and(eq(participants.consultationId, consultationId), isNull(participants.accountId), eq(participants.name, name)),
    );
  return byName?.id;
}

/** Someone not on the list who came anyway (walk-in attendee). */
async function addWalkIn(tx: Tx, consultationId: string, input: SignInInput, now: Date) {
  const [row] = await tx
    .insert(participants)
    .values({
      consultationId,
      name: input.name ?? '',
      affiliation: input.affiliation ?? null,
      kind: input.kind ?? 'resident_rep',
      isInvited: false,
      attendedAt: now,
      attendanceMethod: 'qr',
    })
    .returning(participantColumns);
  if (!row) throw new Error('participant not inserted');
  return { row, isNew: true };
}

/**
 * Signs someone in by the QR code: a signed-in invitee by account, else an invited person without
 * an account by exact name, else a walk-in attendee is added. Idempotent.
 */
export async function signInByToken(
  db: Db,
  token: string,
  who: { actor: Actor | null; ip: string | null },
  input: SignInInput,
  now = new Date(),
) {
  const c = await byToken(db, token);
  if (!c) throw notFound();
  return db.transaction(async (tx) => {
    await openForSignIn(tx, c.id, now);
    const participantId = await matchInvitee(tx, c.id, who.actor, input.name);
    const { row, isNew } = participantId
      ? await markPresent(tx, participantId, now)
      : await addWalkIn(tx, c.id, input, now);
    if (isNew)
      await auditConsultation(tx, who, c, 'attendance.sign_in', {
        after: { participantId: row.id, walkIn: !participantId },
      });
    return { name: row.name, attendedAt: row.attendedAt ?? now, isInvited: row.isInvited };
  });
}
