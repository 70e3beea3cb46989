import type { z } from 'zod';
import type { RequestsQuery } from '../../../shared/api/open311';
import type { SubmissionStatus } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { findJurisdiction, findPublicRequests, type RequestFilter, STATUSES_OF } from './queries';

const DAY = 86_400_000;
/** The spec's default window, and the widest a search may span. */
export const WINDOW_DAYS = 90;

/** The date window asked for: the last 90 days by default, never wider than 90 days. */
export function dateWindow(start: Date | undefined, end: Date | undefined, now: Date) {
  const to = end ?? (start ? new Date(start.getTime() + WINDOW_DAYS * DAY) : now);
  const from = start ?? new Date(to.getTime() - WINDOW_DAYS * DAY);
  if (from > to) throw new AppError(400, 'open311_date_order', {}, [], { field: 'start_date' });
  if (to.getTime() - from.getTime() > WINDOW_DAYS * DAY)
    throw new AppError(400, 'open311_date_span', {}, [], { field: 'end_date' });
  return { start: from, end: to };
}

/** A place's public requests by the spec's filters; request ids, when given, override the rest. */
export async function listRequests(db: DbOrTx, q: z.output<typeof RequestsQuery>, now: Date) {
  const place = await findJurisdiction(db, q.jurisdiction_id);
  const filter: RequestFilter = q.service_request_id
    ? { ids: q.service_request_id }
    : {
        categoryId: q.service_code,
        ...dateWindow(q.start_date, q.end_date, now),
        statuses: q.status?.flatMap((s): SubmissionStatus[] => [...STATUSES_OF[s]]),
      };
  return findPublicRequests(db, place, filter);
}

/** One request by its id, the submission's uuid (within the jurisdiction when one is named), or 404. */
export async function getRequest(db: DbOrTx, id: string, jurisdictionId: string | undefined) {
  const place = jurisdictionId ? await findJurisdiction(db, jurisdictionId) : null;
  const [row] = await findPublicRequests(db, place, { ids: [id] });
  if (!row) throw new AppError(404, 'not_found');
  return row;
}
