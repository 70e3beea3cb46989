import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { nextCode } from '../../platform/db/codes';
import { memberWritings } from '../../platform/db/schema';
import { notify } from '../notifications';
import { loadForStep } from './load-step';
import { reviewersOf } from './people';
import { CODE_PREFIX } from './rules';
import { writingAudit } from './steps';

/**
 * The author submits a draft, or resubmits a returned writing, for the CPPCC office's review. The
 * first submission gives it its code (SQ-2026-0001 / TA-2026-0001) and its submission date; the
 * office in reach of its place is told each time.
 */
export async function submitWriting(ctx: Ctx, id: string) {
  await ctx.db.transaction(async (tx) => {
    const { w, next } = await loadForStep(tx, ctx, id, 'submit');
    const now = new Date();
    const isResubmission = w.code !== null;
    const code = w.code ?? (await nextCode(tx, CODE_PREFIX[w.kind], now));
    await tx
      .update(memberWritings)
      .set({ status: next, code, submittedAt: w.submittedAt ?? now, updatedAt: now })
      .where(eq(memberWritings.id, id));
    await writeAudit(
      tx,
      ctx,
      writingAudit('writing.submit', w, { status: next, code, isResubmission }, { status: w.status }),
    );
    const reviewers = await reviewersOf(tx, w.placePath);
    await notify(tx, {
      accountIds: reviewers.filter((a) => a !== ctx.actor.id),
      kind: 'writing_submitted',
      params: { code, title: w.title, actor: ctx.actor.displayName },
      entityType: 'writing',
      entityId: id,
    });
  });
}
