// Submissions a member's work takes down (委员履职): a problem raised on a reception day or while in
// touch with a contact, filed in the caller's transaction with the record it came from, so both
// exist or neither does.
import type { SubmissionChannel } from '../../../shared/enums';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Cipher } from '../../platform/crypto';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { fileSubmission } from './intake';

export type LinkedFiling = {
  place: { id: string; path: string };
  channel: Exclude<SubmissionChannel, 'qr'>;
  content: string;
  categoryId?: string | undefined;
  contactName?: string | undefined;
  phone?: string | undefined;
  consent?: boolean | undefined;
  /** exactly one: the reception day (委员接待日) or the contact's log entry (联系群众) it was raised at */
  link: { receptionSlotId: string } | { contactLogId: string };
};

/**
 * Files a submission taken down by the actor at a reception day or a contact's log entry, with its
 * audit event, inside `tx`; it is sorted as any other. The caller's module has decided that the
 * actor may (its own policy: the member on duty, the member who keeps the contact). A category not
 * offered at the place answers 400 naming `fieldPrefix` + categoryId.
 */
export async function fileLinkedSubmission(
  tx: Tx,
  ctx: Pick<Ctx, 'actor' | 'ip'>,
  cipher: Cipher,
  input: LinkedFiling,
  fieldPrefix = '',
) {
  const { place, link, ...rest } = input;
  const created = await fileSubmission(tx, cipher, place.path, {
    ...rest,
    placeId: place.id,
    scannedPlaceId: place.id,
    createdBy: { id: ctx.actor.id, name: ctx.actor.displayName },
    links: link,
  }).catch((err: unknown) => {
    if (err instanceof AppError && err.extra.field === 'categoryId' && fieldPrefix)
      throw new AppError(err.status, err.code, err.params, err.fields, { field: `${fieldPrefix}categoryId` });
    throw err;
  });
  await writeAudit(tx, ctx, {
    action: 'submission.record',
    entityType: 'submission',
    entityId: created.id,
    placePath: place.path,
    after: { channel: input.channel, ...link },
  });
  return created;
}
