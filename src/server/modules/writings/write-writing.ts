import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { memberWritings } from '../../platform/db/schema';
import { AppError, invalid, invalidField } from '../../platform/errors';
import { loadForStep } from './load-step';
import { isWriter } from './policy';
import { homePlaceOf, readableSubmissions } from './queries';
import type { CreateWritingInput, ReviseWritingInput } from './schemas';
import { writingAudit } from './steps';

/** The submissions named, each one the writer may read (400 otherwise), without repeats. */
async function sourcesOf(tx: DbOrTx, ctx: Ctx, ids: readonly string[]) {
  const wanted = [...new Set(ids)];
  const found = await readableSubmissions(tx, ctx.actor, wanted);
  if (found.length !== wanted.length) throw invalid([{ path: 'submissionIds', key: 'invalid_value' }]);
  return wanted;
}

/**
 * Drafts a writing (社情民意信息 or 提案) of a member's own, at their home place — whose CPPCC
 * office will review it. It gets its code when first submitted. 403 to anyone not a member.
 */
export async function draftWriting(ctx: Ctx, input: CreateWritingInput) {
  if (!isWriter(ctx.actor)) throw new AppError(403, 'writing_not_writer');
  return ctx.db.transaction(async (tx) => {
    const submissionIds = await sourcesOf(tx, ctx, input.submissionIds);
    const home = await homePlaceOf(tx, ctx.actor.id);
    const id = randomUUID();
    await tx.insert(memberWritings).values({
      id,
      kind: input.kind,
      authorId: ctx.actor.id,
      placeId: home.id,
      title: input.title,
      body: input.body,
      submissionIds,
    });
    await writeAudit(
      tx,
      ctx,
      writingAudit(
        'writing.create',
        { id, placePath: home.path },
        { kind: input.kind, title: input.title, body: input.body, submissionIds },
      ),
    );
    return { id };
  });
}

/**
 * The author revises a draft, or a writing returned for changes (409 while it is under review or
 * once reviewed). Its kind is fixed once it was submitted: its code says which it is.
 */
export async function reviseWriting(ctx: Ctx, id: string, input: ReviseWritingInput) {
  await ctx.db.transaction(async (tx) => {
    const { w } = await loadForStep(tx, ctx, id, 'revise');
    if (input.kind !== undefined && input.kind !== w.kind && w.code !== null)
      throw invalidField('kind', 'writing_kind_fixed');
    const change: Partial<typeof memberWritings.$inferInsert> = {};
    if (input.kind !== undefined && input.kind !== w.kind) change.kind = input.kind;
    if (input.title !== undefined && input.title !== w.title) change.title = input.title;
    if (input.body !== undefined && input.body !== w.body) change.body = input.body;
    if (input.submissionIds !== undefined) {
      const ids = await sourcesOf(tx, ctx, input.submissionIds);
      const same = ids.length === w.submissionIds.length && ids.every((s, i) => s === w.submissionIds[i]);
      if (!same) change.submissionIds = ids;
    }
    if (Object.keys(change).length === 0) return;
    await tx
      .update(memberWritings)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(memberWritings.id, id));
    const before = Object.fromEntries(Object.keys(change).map((k) => [k, w[k as keyof typeof w]]));
    await writeAudit(tx, ctx, writingAudit('writing.revise', w, change, before));
  });
}
