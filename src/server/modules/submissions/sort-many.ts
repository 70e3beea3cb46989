import { SUBMISSION_ROLES } from '../../../shared/access/submissions';
import type { SubmissionStatus } from '../../../shared/enums';
import type { Ctx } from '../../platform/context';
import { AppError, forbidden } from '../../platform/errors';
import { appErrorBody } from '../../platform/http/error-handler';
import type { SortManyInput } from './schemas';
import { actOnSubmission } from './sort-submission';

type Result =
  | { id: string; ok: true; status: SubmissionStatus }
  | { id: string; ok: false; httpStatus: number; code: string; message: string };

/**
 * 批量分办: sorts several items to one place, one transaction per item (each checked, moved and
 * audited as if sorted alone), so one that may not be sorted — in another region (404), beyond the
 * actor's role there (403), already sorted (409) — is reported and the others still go.
 * An actor who may sort nowhere is refused outright (403).
 */
export async function sortMany(ctx: Ctx, input: SortManyInput): Promise<{ results: Result[] }> {
  if (!ctx.actor.grants.some((g) => (SUBMISSION_ROLES.sort as readonly string[]).includes(g.role))) throw forbidden();
  const { ids, ...step } = input;
  const results: Result[] = [];
  // one after another: the items share places and deadlines, and the machine is small
  for (const id of new Set(ids)) {
    try {
      const status = await actOnSubmission(ctx, id, step);
      results.push({ id, ok: true, status });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const body = appErrorBody(err, ctx.locale);
      results.push({ id, ok: false, httpStatus: err.status, code: body.code, message: body.message });
    }
  }
  return { results };
}
