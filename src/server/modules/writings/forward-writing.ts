import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { memberWritings } from '../../platform/db/schema';
import { invalid } from '../../platform/errors';
import { notify } from '../notifications';
import { loadForStep } from './load-step';
import { recipientCandidates } from './people';
import { writingAudit } from './steps';

/**
 * Forwards (报送) an adopted writing to leaders and departments serving its place — again later to
 * more of them. Each may then read it; they and the author are told (writing_forwarded).
 */
export async function forwardWriting(ctx: Ctx, id: string, accountIds: string[]) {
  await ctx.db.transaction(async (tx) => {
    const { w, next } = await loadForStep(tx, ctx, id, 'forward');
    const ids = [...new Set(accountIds)];
    const found = await recipientCandidates(tx, w, { ids, limit: ids.length });
    if (found.length !== ids.length) throw invalid([{ path: 'accountIds', key: 'invalid_value' }]);
    const now = new Date();
    await tx
      .update(memberWritings)
      .set({
        status: next,
        forwardedAt: w.forwardedAt ?? now,
        forwardedToIds: [...w.forwardedToIds, ...ids],
        updatedAt: now,
      })
      .where(eq(memberWritings.id, id));
    const recipients = found.map((r) => ({ id: r.id, displayName: r.displayName }));
    await writeAudit(tx, ctx, writingAudit('writing.forward', w, { status: next, recipients }, { status: w.status }));
    await notify(tx, {
      accountIds: [w.authorId, ...ids].filter((a) => a !== ctx.actor.id),
      kind: 'writing_forwarded',
      params: { code: w.code, title: w.title, actor: ctx.actor.displayName },
      entityType: 'writing',
      entityId: id,
    });
  });
}
