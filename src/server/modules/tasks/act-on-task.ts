import { and, eq, ne } from 'drizzle-orm';
import type { TaskAction } from '../../../shared/api/tasks';
import type { NotificationKind } from '../../../shared/enums';
import type { Ctx } from '../../platform/context';
import type { DbOrTx, Tx } from '../../platform/db';
import { tasks } from '../../platform/db/schema';
import { AppError, type FieldError, forbidden, invalid, notFound } from '../../platform/errors';
import { moveOutcomeByTasks } from '../outcomes';
import { closeSubmissionsOfOutcome } from '../submissions';
import { findCandidate } from './candidates';
import { canTask } from './policy';
import { findVisibleTask, type TaskRow } from './queries';
import { deadlineIssue, EVENT_OF_ACTION, needsNote, nextTaskStatus } from './rules';
import type { TaskActionInput } from './schemas';
import { auditTask, lockOutcome, tellAboutTask, writeTaskEvent } from './timeline';

type Change = Partial<typeof tasks.$inferInsert>;
type StepWords = { note: string | null; leaderId: string | null; dueAt: Date | null };

/** What each action writes on the task, beside its status. */
function changeOf(action: TaskAction, t: TaskRow, { note, leaderId, dueAt }: StepWords, now: Date): Change {
  switch (action) {
    case 'progress': // answers an urge (催办) too
      return { lastProgressAt: now, awaitsAnswer: false };
    case 'done':
      return { lastProgressAt: now, awaitsAnswer: false, finishedAt: now, statusReason: null };
    case 'cannot':
    case 'carry_over':
      return { lastProgressAt: now, awaitsAnswer: false, finishedAt: now, statusReason: note };
    case 'accept':
      return { acceptedAt: now, acceptedById: null };
    case 'return':
      return { finishedAt: null, statusReason: null };
    case 'reopen': // a new deadline, as an edit sets one: the board and the reminders count from it
      return {
        finishedAt: null,
        acceptedAt: null,
        acceptedById: null,
        statusReason: null,
        awaitsAnswer: false,
        ...(dueAt ? { dueAt } : {}),
      };
    case 'urge':
      return { urgedAt: now, urgeCount: t.urgeCount + 1, awaitsAnswer: true };
    case 'escalate':
      return { escalatedToId: leaderId, escalatedAt: now };
    case 'instruct':
      return {};
  }
}

/** Who hears of each action (the actor never hears of their own): the owner, the liaison who set it, the leader. */
function noticeOf(action: TaskAction, t: TaskRow, leaderId: string | null): [NotificationKind, (string | null)[]] {
  switch (action) {
    case 'progress':
      return ['task_progress', [t.createdById]];
    case 'done':
    case 'cannot':
    case 'carry_over': // finished reporting: the liaison is to accept it (验收) or send it back
      return ['task_done', [t.createdById]];
    case 'accept':
      return ['task_accepted', [t.ownerId]];
    case 'return':
    case 'reopen':
      return ['task_returned', [t.ownerId]];
    case 'urge':
      return ['task_urged', [t.ownerId]];
    case 'escalate':
      return ['task_escalated', [leaderId]];
    case 'instruct':
      return ['task_instructed', [t.ownerId, t.createdById]];
  }
}

/** Whether every task of the outcome has been accepted (验收). */
async function allAccepted(tx: DbOrTx, outcomeId: string) {
  const open = await tx
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.outcomeId, outcomeId), ne(tasks.status, 'accepted')))
    .limit(1);
  return open.length === 0;
}

/**
 * A step on a task: the owner's report (进展, 完成, 无法落实, 续办), the liaison's 验收, 退回,
 * 催办, 督办 or 重新打开, a leader's 催办 or 批示. 404 unseen, 403 not theirs, 409 where the status
 * does not allow it, 400 without the words it needs. Accepting the last task carries the outcome
 * out; reopening one takes it back.
 */
export async function actOnTask(ctx: Ctx, id: string, input: TaskActionInput) {
  await ctx.db.transaction((tx) => takeStep(tx, ctx, id, input));
}

/**
 * 回头看 found the problem back: the accepted task opens again (in progress) with a new deadline
 * `dueAt` (later than now), in the caller's transaction — the timeline says why in `note` and
 * shows the deadline, its owner is told (task_returned), and the outcome goes back to 落实中.
 * 404 unseen, 403 not the actor's, 409 unless accepted, 400 on dueAt.
 */
export const reopenTask = (tx: Tx, ctx: Ctx, id: string, note: string, dueAt: Date) =>
  takeStep(tx, ctx, id, { action: 'reopen', note, dueAt, fileIds: [] });

async function takeStep(tx: Tx, ctx: Ctx, id: string, input: TaskActionInput) {
  const [ref] = await tx.select({ outcomeId: tasks.outcomeId }).from(tasks).where(eq(tasks.id, id));
  if (ref) await lockOutcome(tx, ref.outcomeId); // the outcome first, as every step that moves it does
  const t = await findVisibleTask(tx, ctx.actor, id, true);
  if (!t) throw notFound();
  const { action } = input;
  if (!canTask(ctx.actor, action, t)) throw forbidden();
  const next = nextTaskStatus(t.status, action);
  if (!next) throw new AppError(409, 'action_not_allowed', { status: t.status });
  const note = input.note ?? null;
  const now = new Date();
  const issues: FieldError[] = [];
  if (needsNote(action) && !note) issues.push({ path: 'note', key: 'required' });
  const dueIssue = deadlineIssue(action, input.dueAt, now);
  if (dueIssue) issues.push(dueIssue);
  let leader: { id: string; displayName: string } | undefined;
  if (action === 'escalate') {
    if (!input.leaderId) issues.push({ path: 'leaderId', key: 'required' });
    else leader = await findCandidate(tx, t.placePath, 'leader', input.leaderId);
    if (input.leaderId && !leader) issues.push({ path: 'leaderId', key: 'invalid_value' });
  }
  if (issues.length > 0) throw invalid(issues);

  const words = { note, leaderId: leader?.id ?? null, dueAt: input.dueAt ?? null };
  const change: Change = { ...changeOf(action, t, words, now), status: next, updatedAt: now };
  if (action === 'accept') change.acceptedById = ctx.actor.id;
  await tx.update(tasks).set(change).where(eq(tasks.id, id));
  const data: Record<string, string> = {};
  if (next !== t.status) Object.assign(data, { from: t.status, to: next });
  if (leader) data.leader = leader.displayName;
  if (change.dueAt) data.dueAt = change.dueAt.toISOString();
  await writeTaskEvent(tx, ctx, id, EVENT_OF_ACTION[action], {
    note,
    data: Object.keys(data).length > 0 ? data : null,
    fileIds: input.fileIds,
  });
  const { updatedAt: _, ...after } = change;
  await auditTask(tx, ctx, t, action, {
    before: Object.fromEntries(Object.keys(after).map((k) => [k, t[k as keyof TaskRow] ?? null])),
    after: { ...after, note, fileIds: input.fileIds },
  });
  if (action === 'accept' && (await allAccepted(tx, t.outcomeId))) {
    const outcome = await moveOutcomeByTasks(tx, ctx, t.outcomeId, 'all_accepted');
    if (outcome === 'carried_out') {
      // the submissions behind the outcome close with it, and their residents are asked to rate it
      await closeSubmissionsOfOutcome(tx, ctx, t.outcomeId);
    }
  }
  if (action === 'reopen') await moveOutcomeByTasks(tx, ctx, t.outcomeId, 'reopen');
  const [kind, to] = noticeOf(action, t, leader?.id ?? null);
  await tellAboutTask(tx, ctx, t, kind, to, { note });
}
