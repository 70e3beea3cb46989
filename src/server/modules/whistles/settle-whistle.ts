import { eq } from 'drizzle-orm';
import type { WhistleAction } from '../../../shared/access/whistles';
import { nextWhistleStatus } from '../../../shared/access/whistles';
import type { Ctx } from '../../platform/context';
import { whistleResponses, whistles } from '../../platform/db/schema';
import { conflict, forbidden } from '../../platform/errors';
import { notify } from '../notifications';
import { auditWhistle, notOpen, onWhistle } from './access';
import { canWhistle } from './policy';
import { noticeTitle } from './present';
import { calledIdsOf, scopeOf } from './queries';
import type { CloseWhistleInput } from './schemas';

/**
 * The caller's side ends a whistle: closes it with a rating (1–5) once someone answered — the
 * responders are told (whistle_closed) — or withdraws it — those called and those who answered
 * are told (whistle_withdrawn). 403 to others, 409 unless open (or, to close, unanswered).
 */
export function settleWhistle(ctx: Ctx, id: string, action: WhistleAction, input?: CloseWhistleInput) {
  return onWhistle(ctx, id, async (tx, w) => {
    if (!canWhistle(ctx.actor, 'call', scopeOf(w))) throw forbidden();
    const status = nextWhistleStatus(action, w.status);
    if (!status) throw notOpen(w.status);
    if (action === 'close' && w.answerCount === 0) throw conflict('whistle_unanswered');
    const now = new Date();
    const rating = action === 'close' ? (input?.rating ?? null) : null;
    const ratingNote = action === 'close' ? (input?.note ?? null) : null;
    await tx
      .update(whistles)
      .set({ status, closedAt: now, rating, ratingNote, updatedAt: now })
      .where(eq(whistles.id, w.id));
    const responders = await tx
      .select({ id: whistleResponses.responderId })
      .from(whistleResponses)
      .where(eq(whistleResponses.whistleId, w.id));
    const told = { code: w.code, title: noticeTitle(w.need), actor: ctx.actor.displayName };
    if (action === 'close')
      await notify(tx, {
        accountIds: responders.map((r) => r.id).filter((a) => a !== ctx.actor.id),
        kind: 'whistle_closed',
        params: { ...told, rating, ...(ratingNote ? { note: ratingNote } : {}) },
        entityType: 'whistle',
        entityId: w.id,
      });
    else
      await notify(tx, {
        accountIds: [...(await calledIdsOf(tx, w.id)), ...responders.map((r) => r.id)].filter(
          (a) => a !== ctx.actor.id,
        ),
        kind: 'whistle_withdrawn',
        params: told,
        entityType: 'whistle',
        entityId: w.id,
      });
    await auditWhistle(tx, ctx, w, action, { before: { status: w.status }, after: { status, rating, ratingNote } });
  });
}
