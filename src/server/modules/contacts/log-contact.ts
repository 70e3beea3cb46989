// A member logs a time in touch (走访, 电话, 座谈, 线上) and what was raised; a problem raised
// becomes a submission in the same step (转为诉求).
import type { z } from 'zod';
import type { CreateContactLogBody, RaiseProblemBody } from '../../../shared/api/contacts';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Cipher } from '../../platform/crypto';
import { contactLogs } from '../../platform/db/schema';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors';
import { fileLinkedSubmission } from '../submissions';
import { canContact, mayKeepContacts, mayServeAt } from './policy';
import { findVisibleContact, findVisibleLog, livePlace, servedPaths } from './queries';
import { CHANNEL_OF_LOG, isInFuture } from './rules';

type LogInput = z.output<typeof CreateContactLogBody>;
type RaiseInput = z.output<typeof RaiseProblemBody>;

/** Where the entry happened: the place named (one the member serves: 404 elsewhere), else the contact's. */
async function placeOfEntry(ctx: Ctx, input: LogInput, contactPlace: { id: string; path: string } | undefined) {
  if (!input.placeId) {
    if (!contactPlace) throw invalid([{ path: 'placeId', key: 'required' }]);
    return contactPlace;
  }
  const place = await livePlace(ctx.db, input.placeId);
  if (!place || !mayServeAt(ctx.actor, await servedPaths(ctx.db, ctx.actor.id), place.path)) throw notFound();
  return place;
}

/**
 * Logs a time the member was in touch — with one of their contacts (404 unseen, 403 another's, 409
 * no longer kept) or anyone at a place they serve — and, with `raise`, files the problem raised as
 * a submission taken down by the member: both records or neither. 403 to anyone but a member.
 */
export async function recordContactLog(ctx: Ctx, cipher: Cipher, input: LogInput) {
  if (!mayKeepContacts(ctx.actor)) throw forbidden();
  const contact = input.contactId ? await findVisibleContact(ctx.db, ctx.actor, input.contactId) : undefined;
  if (input.contactId) {
    if (!contact) throw notFound();
    if (!canContact(ctx.actor, 'keep', contact)) throw forbidden();
    if (contact.archivedAt) throw conflict('contact_archived');
  }
  const place = await placeOfEntry(ctx, input, contact && { id: contact.place.id, path: contact.placePath });
  if (isInFuture(input.happenedAt, new Date())) throw invalid([{ path: 'happenedAt', key: 'not_in_future' }]);

  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(contactLogs)
      .values({
        memberId: ctx.actor.id,
        contactId: contact?.id ?? null,
        placeId: place.id,
        kind: input.kind,
        happenedAt: input.happenedAt,
        summary: input.summary,
      })
      .returning({ id: contactLogs.id });
    const id = row?.id as string;
    await writeAudit(tx, ctx, {
      action: 'contact_log.record',
      entityType: 'contact_log',
      entityId: id,
      placePath: place.path,
      after: { contactId: contact?.id ?? null, kind: input.kind, happenedAt: input.happenedAt, summary: input.summary },
    });
    if (input.raise)
      await fileLinkedSubmission(
        tx,
        ctx,
        cipher,
        { ...input.raise, place, channel: CHANNEL_OF_LOG[input.kind], link: { contactLogId: id } },
        'raise.',
      );
    return { id };
  });
}

/** 转为诉求: files a problem raised at one of the member's log entries as a submission (404 unseen, 403 another's). */
export async function raiseFromLog(ctx: Ctx, cipher: Cipher, logId: string, input: RaiseInput) {
  const log = await findVisibleLog(ctx.db, ctx.actor, logId);
  if (!log) throw notFound();
  if (!canContact(ctx.actor, 'keep', log)) throw forbidden();
  return ctx.db.transaction((tx) =>
    fileLinkedSubmission(tx, ctx, cipher, {
      ...input,
      place: { id: log.place.id, path: log.placePath },
      channel: CHANNEL_OF_LOG[log.kind],
      link: { contactLogId: log.id },
    }),
  );
}
