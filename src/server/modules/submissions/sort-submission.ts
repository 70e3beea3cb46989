import { and, eq } from 'drizzle-orm';
import { LEVEL_KINDS } from '../../../shared/access/submissions';
import type { PlaceKind, SubmissionStatus } from '../../../shared/enums';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { isAncestorOrSelf, nearestOfKind } from '../../platform/db/place-path';
import { accounts, grants, places, submissions } from '../../platform/db/schema';
import { AppError, forbidden, invalid, invalidField, notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { deadlineDays } from './deadlines';
import { canTakeStep } from './policy';
import { appendEvent, findVisibleSubmission, type SubmissionRow } from './queries';
import { dueAtFor, isAllowed, NEXT_STATUS, type SubmissionAction } from './rules';
import type { ActionInput } from './schemas';

const levelKindsOf: Partial<Record<SubmissionAction, readonly PlaceKind[]>> = LEVEL_KINDS;

/**
 * Applies one sorting or handling step (分办): checks the state machine (409 when the status does
 * not allow it), moves the item to the level's place, resets its deadline, records the step in
 * the timeline (public when the resident should see it) and the audit log, all in one transaction.
 */
export async function actOnSubmission(ctx: Ctx, id: string, input: ActionInput) {
  return ctx.db.transaction(async (tx) => {
    // one step at a time per item: a concurrent step waits, then sees the status this one left
    await tx.select({ id: submissions.id }).from(submissions).where(eq(submissions.id, id)).for('update');
    const row = await findVisibleSubmission(tx, ctx.actor, id);
    if (!row) throw notFound();
    const scope = {
      placePath: row.placePath,
      departmentId: row.departmentId,
      addressedMemberId: row.s.addressedMemberId,
    };
    if (!canTakeStep(ctx.actor, input.action, scope)) throw forbidden();
    if (!isAllowed(row.status, input.action)) throw new AppError(409, 'action_not_allowed', { status: row.status });

    const now = new Date();
    const next = (NEXT_STATUS[input.action] ?? row.status) as SubmissionStatus;
    const change: Partial<typeof submissions.$inferInsert> = { status: next, updatedAt: now };
    if (next !== row.status) {
      change.dueAt = dueAtFor(next, now, await deadlineDays(tx));
      // while its topic is deliberated the new level's clock starts stopped; closed, it has none
      if (row.clockStoppedAt) change.clockStoppedAt = change.dueAt ? now : null;
    }
    if (next === 'solved') change.solvedAt = now;

    const levelKinds = levelKindsOf[input.action];
    if (levelKinds)
      change.placeId = await levelPlace(tx, ctx, row, levelKinds, 'placeId' in input ? input.placeId : undefined);
    // sorted elsewhere: out of the department's hands (it no longer sees or handles the item)
    if (levelKinds || input.action === 'merge' || input.action === 'decline') change.departmentId = null;
    if (input.action === 'to_department') change.departmentId = await department(tx, row, input.departmentId);
    if (input.action === 'merge') change.mergedIntoId = await mergeTarget(tx, ctx, row, input.targetId);

    await tx.update(submissions).set(change).where(eq(submissions.id, id));
    const note = input.action === 'decline' ? input.reason : input.note;
    // a decline's reason and a public reply are shown to the resident; sorting notes stay inside
    const isPublic =
      input.action === 'decline' || (input.action === 'reply' && input.isPublic) || input.action === 'solve';
    await appendEvent(tx, {
      submissionId: id,
      kind: input.action,
      actorId: ctx.actor.id,
      actorName: ctx.actor.displayName,
      note,
      isPublic,
      data: {
        from: row.status,
        to: next,
        placeId: change.placeId,
        // where it was before this step: the first such place is where the resident wrote from
        fromPlaceId: change.placeId && change.placeId !== row.place.id ? row.place.id : undefined,
        departmentId: change.departmentId,
        mergedIntoId: change.mergedIntoId,
      },
    });
    await writeAudit(tx, ctx, {
      action: `submission.${input.action}`,
      entityType: 'submission',
      entityId: id,
      placePath: row.placePath,
      before: { status: row.status, placeId: row.place.id },
      after: { status: next, placeId: change.placeId ?? row.place.id },
    });
    return next;
  });
}

/** The place at the action's level: the one chosen, or the nearest fitting one along the path. */
async function levelPlace(tx: DbOrTx, ctx: Ctx, row: SubmissionRow, kinds: readonly PlaceKind[], chosen?: string) {
  if (chosen) {
    const p = await findVisiblePlace(tx, ctx.actor, chosen);
    if (!p || p.archivedAt || !kinds.includes(p.kind)) throw invalid([{ path: 'placeId', key: 'invalid_value' }]);
    return p.id;
  }
  if (kinds.includes(row.place.kind)) return row.place.id;
  const up = await nearestOfKind(tx, row.placePath, kinds);
  if (!up) throw invalid([{ path: 'placeId', key: 'required' }]);
  return up.id;
}

/** A department account that serves the item's place: its role is held there or above. */
async function department(tx: DbOrTx, row: SubmissionRow, accountId: string) {
  const [d] = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .innerJoin(grants, eq(grants.accountId, accounts.id))
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(
      and(
        eq(accounts.id, accountId),
        eq(grants.role, 'department'),
        eq(accounts.isDisabled, false),
        isAncestorOrSelf(places.path, row.placePath),
      ),
    )
    .limit(1);
  if (!d) throw invalidField('departmentId', 'not_found', {}, 400);
  return d.id;
}

async function mergeTarget(tx: DbOrTx, ctx: Ctx, row: SubmissionRow, targetId: string) {
  const target = await findVisibleSubmission(tx, ctx.actor, targetId);
  if (!target || target.id === row.id || target.status === 'merged')
    throw new AppError(400, 'merge_target_invalid', {}, [], { field: 'targetId' });
  await appendEvent(tx, {
    submissionId: target.id,
    kind: 'merged_in',
    actorId: ctx.actor.id,
    actorName: ctx.actor.displayName,
    data: { from: row.id, trackingCode: row.trackingCode },
  });
  return target.id;
}
