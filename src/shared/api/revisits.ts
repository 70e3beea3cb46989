// The revisits (回头看) API's wire contract: a carried-out outcome's review date, the revisits
// recorded when it comes (what was found, residents' view, photos; the task reopened when the
// problem came back), and the revisits due in a region. The server validates and presents with
// these; the console and the tests read their types from them.
//
// GET  /api/outcomes/:id/revisits                  → OutcomeRevisits
// POST /api/outcomes/:id/revisits                  RecordRevisitBody → 201 OutcomeRevisits (409 unless carried out)
// PUT  /api/outcomes/:id/review-date               ReviewDateBody → OutcomeRevisits (409 unless carried out)
// POST /api/outcomes/:id/revisit-photos            multipart "file" → 201 RevisitPhoto (cite its id in photoIds)
// GET  /api/outcomes/:id/revisit-photos/:photoId   the photo (JPEG; unattached ones to the uploader only)
// GET  /api/revisits/due                           DueRevisitsQuery → DueRevisits
import { z } from 'zod';
import { OUTCOME_STATUSES } from '../enums';
import { CodeRef, IdParams, IsoDate, PageQuery, Person, PlaceRef, paged } from './common';

/** photos: per revisit; photoBytes: per upload (JPG, PNG, WebP; re-encoded as JPEG). */
export const REVISIT_LIMITS = {
  findings: 2000,
  residentsView: 2000,
  photos: 9,
  photoBytes: 10 * 1024 * 1024,
} as const;

export const RevisitOutcomeParams = IdParams;
export const RevisitPhotoParams = z.object({ id: z.uuid(), photoId: z.uuid() });

/**
 * A revisit (回头看) as the liaison records it. `taskId`: the task to reopen, required when the
 * problem came back (an accepted task of the outcome), with `dueAt`, its new deadline (later than
 * now: the end of a day from today on in the deployment's calendar); neither is taken when all is
 * well. `nextReviewAt`: when all is well, a next revisit; left out, the outcome has no review date
 * any more.
 */
export const RecordRevisitBody = z.object({
  visitedAt: IsoDate,
  findings: z.string().trim().min(2).max(REVISIT_LIMITS.findings),
  residentsView: z.string().trim().max(REVISIT_LIMITS.residentsView).optional(),
  isProblemBack: z.boolean(),
  /** photos uploaded first (POST …/revisit-photos), attached to this revisit */
  photoIds: z.array(z.uuid()).max(REVISIT_LIMITS.photos).default([]),
  taskId: z.uuid().optional(),
  dueAt: IsoDate.optional(),
  nextReviewAt: IsoDate.optional(),
});

/** A carried-out outcome's review date (回头看日期), set by hand. */
export const ReviewDateBody = z.object({ reviewDueAt: IsoDate });

export const RevisitPhoto = z.object({
  id: z.string(),
  /** where the console fetches it (with the session) */
  url: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  createdAt: IsoDate,
});

export const Revisit = z.object({
  id: z.string(),
  visitedAt: IsoDate,
  findings: z.string(),
  residentsView: z.string().nullable(),
  isProblemBack: z.boolean(),
  /** the task reopened, when the problem came back */
  task: CodeRef.nullable(),
  photos: z.array(RevisitPhoto),
  recordedBy: Person.nullable(),
  createdAt: IsoDate,
});

/**
 * Where an outcome's review date stands: overdue (the date has passed), due_soon (within
 * `dueWithinDays`), later, or none (no date set).
 */
export const REVIEW_STATES = ['overdue', 'due_soon', 'later', 'none'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** An outcome's revisits on its page, newest first, with the tasks a revisit may reopen. */
export const OutcomeRevisits = z.object({
  outcome: CodeRef.extend({ status: z.enum(OUTCOME_STATUSES) }),
  carriedOutAt: IsoDate.nullable(),
  reviewDueAt: IsoDate.nullable(),
  reviewState: z.enum(REVIEW_STATES),
  dueWithinDays: z.number().int(),
  items: z.array(Revisit),
  /** accepted tasks a revisit finding the problem back may reopen (for those who record) */
  reopenableTasks: z.array(CodeRef.extend({ owner: Person })),
  /** what the viewer may do now (the server still checks) */
  abilities: z.object({ record: z.boolean(), setReviewDate: z.boolean() }),
});

/** The revisits due in the viewer's region, or beneath a place of it. */
export const DueRevisitsQuery = PageQuery.extend({ placeId: z.uuid().optional() });

export const DueRevisit = z.object({
  outcome: CodeRef,
  place: PlaceRef,
  carriedOutAt: IsoDate.nullable(),
  reviewDueAt: IsoDate,
  /** overdue: the date has passed; due_soon: it comes within `dueWithinDays` */
  reviewState: z.enum(['overdue', 'due_soon']),
  revisitCount: z.number().int(),
  lastVisitedAt: IsoDate.nullable(),
});

export const DueRevisits = paged(DueRevisit).extend({
  /** due: all the list holds (come or coming within `dueWithinDays`); overdue: of them, those past */
  counts: z.object({ due: z.number().int(), overdue: z.number().int() }),
  dueWithinDays: z.number().int(),
});
