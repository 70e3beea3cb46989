// The residents' side of submissions: the phone pages' wire contract (no account, rate-limited).
import { z } from 'zod';
import { PLACE_KINDS, SUBMISSION_EVENT_KINDS, SUBMISSION_STATUSES } from '../enums';
import { ChallengeAnswer, IsoDate, Ref } from './common';
import { PublicOutcome } from './outcomes';
import { ContactName, Content, consentIssue, Phone, withConsent } from './submissions';

export { Challenge, ChallengeErrorBody } from './common';

export const PlaceCodeParams = z.object({ code: z.string().trim().toLowerCase().max(32) });
/** As typed: case, spaces, full-width and look-alike characters are read through (src/shared/tracking-code.ts). */
export const TrackingParams = z.object({ trackingCode: z.string().trim().max(60) });
export const TrackingPhotoParams = TrackingParams.extend({ photoId: z.uuid() });

/** A retry with the same key never makes a second record. */
export const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().min(8).max(100).optional() });

export const CreatePublicSubmissionBody = z
  .object({
    content: Content,
    categoryId: z.uuid().optional(),
    placeId: z.uuid().optional(), // a place beneath the scanned one (a grid, a building)
    contactName: ContactName,
    phone: Phone,
    consent: z.boolean().optional(),
    photoIds: z.array(z.uuid()).max(3).default([]),
    /** 委员会客厅: one of the place's members (PublicPlaceMembers) the resident writes to */
    addressedMemberId: z.uuid().optional(),
    challenge: ChallengeAnswer.optional(),
  })
  .refine(withConsent, consentIssue);

export const PhotoUploaded = z.object({ id: z.string() });

export const RateBody = z.object({
  solved: z.boolean(),
  satisfaction: z.number().int().min(1).max(5),
  comment: z.string().trim().max(300).optional(),
});

export const ReopenBody = z.object({ reason: z.string().trim().max(300).optional() });

export const PublicPlaceResponse = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(PLACE_KINDS),
  brand: z.string().nullable(),
  path: z.array(z.string()), // names from the district down
  categories: z.array(Ref),
  subPlaces: z.array(Ref.extend({ kind: z.enum(PLACE_KINDS) })), // up to two levels below, e.g. grids
});

/** 委员会客厅: the members a resident of a place may address (assigned to it or its workstation), names only. */
export const PublicPlaceMembers = z.object({ items: z.array(Ref) });

export const SubmissionCreatedResponse = z.object({
  trackingCode: z.string(),
  trackingUrl: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
});

// 协商成果 of the consultation on the topic the submission feeds: public text only
export { PublicOutcome } from './outcomes';

export const PublicSubmissionResponse = z.object({
  trackingCode: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  placeName: z.string(),
  /** the places it lies in, from below the district down to its own (东湖街道 · 桃园社区 · 第一网格) */
  placePath: z.array(z.string()),
  category: z.string().nullable(),
  content: z.string(),
  /** the photos the resident sent with it */
  photos: z.array(z.object({ id: z.string(), url: z.string() })),
  createdAt: IsoDate,
  steps: z.array(
    z.object({
      at: IsoDate,
      kind: z.enum(SUBMISSION_EVENT_KINDS),
      note: z.string().nullable(),
      // words the step's text is built from in the resident's language (e.g. the outcome carried out)
      params: z.record(z.string(), z.string()).nullable(),
    }),
  ),
  rating: z.object({ solved: z.boolean(), satisfaction: z.number(), comment: z.string().nullable() }).nullable(),
  canRate: z.boolean(),
  canReopen: z.boolean(),
  outcomes: z.array(PublicOutcome),
  // closed because the outcome of its topic was carried out (已落实): what was done, then the rating
  carriedOut: z.object({ code: z.string(), title: z.string(), consensus: z.array(z.string()) }).nullable(),
});
