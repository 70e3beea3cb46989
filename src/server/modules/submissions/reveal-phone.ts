import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Cipher } from '../../platform/crypto';
import { forbidden, notFound } from '../../platform/errors';
import { canSubmission } from './policy';
import { findVisibleSubmission } from './queries';

/** Shows a liaison the resident's full mobile number, and records that they saw it. */
export async function revealPhone(ctx: Ctx, cipher: Cipher, input: { id: string }) {
  const row = await findVisibleSubmission(ctx.db, ctx.actor, input.id);
  if (!row) throw notFound();
  if (!canSubmission(ctx.actor, 'reveal_phone', { placePath: row.placePath, departmentId: row.departmentId }))
    throw forbidden();
  const phone = row.s.phoneCipher ? cipher.decrypt(row.s.phoneCipher) : null;
  await writeAudit(ctx.db, ctx, {
    action: 'submission.view_phone',
    entityType: 'submission',
    entityId: row.id,
    placePath: row.placePath,
  });
  return { phone };
}
