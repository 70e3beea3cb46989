// The CPPCC office's review of a member's writing (审核): its edits, and returning (退回),
// adopting (采用) or declining (不予采用) it.
import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { memberWritings } from '../../platform/db/schema';
import { notify } from '../notifications';
import { loadForStep } from './load-step';
import type { EditWritingInput } from './schemas';
import { writingAudit } from './steps';

/**
 * The office edits the title or text under review, or once adopted before it goes out. The audit
 * event keeps the text before and after: the page shows it as a version note. Nothing changed,
 * nothing written.
 */
export async function editWriting(ctx: Ctx, id: string, input: EditWritingInput) {
  await ctx.db.transaction(async (tx) => {
    const { w } = await loadForStep(tx, ctx, id, 'edit');
    const before: { title?: string; body?: string } = {};
    const after: { title?: string; body?: string } = {};
    if (input.title !== undefined && input.title !== w.title) {
      before.title = w.title;
      after.title = input.title;
    }
    if (input.body !== undefined && input.body !== w.body) {
      before.body = w.body;
      after.body = input.body;
    }
    if (Object.keys(after).length === 0) return;
    await tx
      .update(memberWritings)
      .set({ ...after, updatedAt: new Date() })
      .where(eq(memberWritings.id, id));
    await writeAudit(tx, ctx, writingAudit('writing.edit', w, { ...after, note: input.note || null }, before));
  });
}

/** Returns it to the author for changes (退回修改), saying why; the author is told. */
export async function returnWriting(ctx: Ctx, id: string, reason: string) {
  await ctx.db.transaction(async (tx) => {
    const { w, next } = await loadForStep(tx, ctx, id, 'return');
    await tx
      .update(memberWritings)
      .set({ status: next, reviewedById: ctx.actor.id, reviewNote: reason, updatedAt: new Date() })
      .where(eq(memberWritings.id, id));
    await writeAudit(tx, ctx, writingAudit('writing.return', w, { status: next, reason }, { status: w.status }));
    await notify(tx, {
      accountIds: [w.authorId],
      kind: 'writing_returned',
      params: { code: w.code, title: w.title, actor: ctx.actor.displayName, note: reason },
      entityType: 'writing',
      entityId: id,
    });
  });
}

/** Adopts it (采用): it counts for its author, who is told, and may now be forwarded. */
export async function adoptWriting(ctx: Ctx, id: string) {
  await ctx.db.transaction(async (tx) => {
    const { w, next } = await loadForStep(tx, ctx, id, 'adopt');
    const now = new Date();
    await tx
      .update(memberWritings)
      .set({ status: next, reviewedById: ctx.actor.id, reviewNote: null, adoptedAt: now, updatedAt: now })
      .where(eq(memberWritings.id, id));
    await writeAudit(tx, ctx, writingAudit('writing.adopt', w, { status: next }, { status: w.status }));
    await notify(tx, {
      accountIds: [w.authorId],
      kind: 'writing_adopted',
      params: { code: w.code, title: w.title, actor: ctx.actor.displayName },
      entityType: 'writing',
      entityId: id,
    });
  });
}

/** Declines it (不予采用), saying why: the end of its road. The author is told, with the reason. */
export async function declineWriting(ctx: Ctx, id: string, reason: string) {
  await ctx.db.transaction(async (tx) => {
    const { w, next } = await loadForStep(tx, ctx, id, 'decline');
    await tx
      .update(memberWritings)
      .set({ status: next, reviewedById: ctx.actor.id, reviewNote: reason, updatedAt: new Date() })
      .where(eq(memberWritings.id, id));
    await writeAudit(tx, ctx, writingAudit('writing.decline', w, { status: next, reason }, { status: w.status }));
    await notify(tx, {
      accountIds: [w.authorId],
      kind: 'writing_declined',
      params: { code: w.code, title: w.title, actor: ctx.actor.displayName, note: reason },
      entityType: 'writing',
      entityId: id,
    });
  });
}
