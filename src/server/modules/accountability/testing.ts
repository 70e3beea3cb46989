// Test fixtures for the public board: outcomes and tasks inserted as rows, the way the outcomes
// and tasks modules leave them, so each status can be set up without walking the whole loop.
import { expect } from 'vitest';
import type { OutcomeStatus, OutcomeType, TaskStatus } from '../../../shared/enums';
import type { Db } from '../../platform/db';
import { nextCode } from '../../platform/db/codes';
import { outcomes, tasks } from '../../platform/db/schema';

/** An outcome of `consultationId` at `placeId` (the consultation's place), in `status`. */
export async function makeOutcome(
  db: Db,
  opts: {
    consultationId: string;
    placeId: string;
    status: OutcomeStatus;
    title?: string;
    body?: string;
    type?: OutcomeType;
    sentAt?: Date | null;
    carriedOutAt?: Date | null;
  },
) {
  const code = await nextCode(db, 'CG');
  const isSent = opts.status !== 'draft';
  const [row] = await db
    .insert(outcomes)
    .values({
      code,
      consultationId: opts.consultationId,
      placeId: opts.placeId,
      type: opts.type ?? 'recommendation',
      title: opts.title ?? `关于${code}的建议案`,
      body: opts.body ?? '一、基本情况\n二、建议',
      status: opts.status,
      sentAt: opts.sentAt !== undefined ? opts.sentAt : isSent ? new Date() : null,
      carriedOutAt:
        opts.carriedOutAt !== undefined ? opts.carriedOutAt : opts.status === 'carried_out' ? new Date() : null,
    })
    .returning({ id: outcomes.id });
  expect(row).toBeDefined();
  return { id: row?.id as string, code };
}

/** A task carrying out `outcome`, owned by `ownerId`, in `status`, with an internal note. */
export async function makeTask(
  db: Db,
  outcome: { id: string },
  opts: { placeId: string; ownerId: string; status: TaskStatus; detail?: string; statusReason?: string },
) {
  const code = await nextCode(db, 'RW');
  await db.insert(tasks).values({
    code,
    outcomeId: outcome.id,
    placeId: opts.placeId,
    title: `落实任务 ${code}`,
    detail: opts.detail ?? null,
    statusReason: opts.statusReason ?? null,
    ownerId: opts.ownerId,
    dueAt: new Date(Date.now() + 30 * 86_400_000),
    status: opts.status,
    acceptedAt: opts.status === 'accepted' ? new Date() : null,
  });
  return code;
}
