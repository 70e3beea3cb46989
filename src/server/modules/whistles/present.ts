import type { z } from 'zod';
import type { WhistleSummary } from '../../../shared/api/whistles';
import type { WhistleRow } from './queries';
import { closeHours, firstResponseHours, isOverdue } from './rules';

type Row = NonNullable<WhistleRow>;

/** A whistle as lists show it: its times counted, how the viewer stands to it. */
export function presentWhistleSummary(w: Row, now: Date): z.output<typeof WhistleSummary> {
  return {
    id: w.id,
    code: w.code,
    need: w.need,
    place: w.place,
    location: w.location,
    sectors: w.sectors as z.output<typeof WhistleSummary>['sectors'],
    expertise: w.expertise,
    dueAt: w.dueAt,
    status: w.status,
    isOverdue: isOverdue(w, now),
    raisedBy: w.raisedBy,
    createdAt: w.createdAt,
    closedAt: w.closedAt,
    rating: w.rating,
    answerCount: w.answerCount,
    firstResponseHours: firstResponseHours(w.createdAt, w.firstAnsweredAt),
    closeHours: closeHours(w),
    isAnsweredByMe: w.isAnsweredByMe,
  };
}

/** A short title for notices: the need's first words. */
export const noticeTitle = (need: string) => (need.length > 40 ? `${need.slice(0, 40)}…` : need);
