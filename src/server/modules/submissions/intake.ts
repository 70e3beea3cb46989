import { randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { SubmissionChannel } from '../../../shared/enums';
import type { Cipher } from '../../platform/crypto';
import { type DbOrTx, isUniqueViolation } from '../../platform/db';
import { categories, places, submissionPhotos, submissions } from '../../platform/db/schema';
import { AppError, invalidField } from '../../platform/errors';
import { deadlineDays } from './deadlines';
import { appendEvent } from './queries';
import { dueAtFor, maskPhone, trackingCode } from './rules';
import { grams, normalize } from './text';

export type IntakeInput = {
  placeId: string; // where it is filed
  scannedPlaceId: string;
  channel: SubmissionChannel;
  content: string;
  categoryId?: string | undefined;
  contactName?: string | undefined;
  phone?: string | undefined;
  consent?: boolean | undefined;
  photoIds?: string[];
  idempotencyKey?: string | undefined;
  createdBy?: { id: string; name: string } | undefined;
};

/** A category offered at `placePath`: configured at that place or one above it. */
async function checkCategory(tx: DbOrTx, categoryId: string, placePath: string) {
  const [c] = await tx
    .select({ id: categories.id })
    .from(categories)
    .innerJoin(places, eq(places.id, categories.placeId))
    .where(
      and(eq(categories.id, categoryId), isNull(categories.archivedAt), sql`${placePath} like ${places.path} || '%'`),
    );
  if (!c) throw invalidField('categoryId', 'not_found', {}, 400);
}

/**
 * Files one submission with its first timeline step, in one transaction. The phone number is
 * stored encrypted with a masked copy; a retried request with the same idempotency key returns
 * the submission the first attempt created instead of a second one.
 */
export async function fileSubmission(db: DbOrTx, cipher: Cipher, placePath: string, input: IntakeInput) {
  if (input.idempotencyKey) {
    const existing = await byIdempotencyKey(db, input.idempotencyKey);
    if (existing) return existing;
  }
  try {
    return await db.transaction(async (tx) => {
      if (input.categoryId) await checkCategory(tx, input.categoryId, placePath);
      const now = new Date();
      const [row] = await tx
        .insert(submissions)
        .values({
          trackingCode: trackingCode((n) => randomBytes(n)),
          placeId: input.placeId,
          scannedPlaceId: input.scannedPlaceId,
          categoryId: input.categoryId ?? null,
          channel: input.channel,
          content: input.content,
          searchText: normalize(input.content),
          searchGrams: grams(normalize(input.content)),
          contactName: input.contactName ?? null,
          phoneCipher: input.phone ? cipher.encrypt(input.phone) : null,
          phoneMasked: input.phone ? maskPhone(input.phone) : null,
          consentAt: input.consent ? now : null,
          dueAt: dueAtFor('received', now, await deadlineDays(tx)),
          idempotencyKey: input.idempotencyKey ?? null,
          createdById: input.createdBy?.id ?? null,
        })
        .returning({ id: submissions.id, trackingCode: submissions.trackingCode, status: submissions.status });
      const created = row as { id: string; trackingCode: string; status: 'received' };
      if (input.photoIds?.length) await attachPhotos(tx, created.id, input.scannedPlaceId, input.photoIds);
      await appendEvent(tx, {
        submissionId: created.id,
        kind: 'submitted',
        actorId: input.createdBy?.id,
        actorName: input.createdBy?.name,
        isPublic: true,
        data: { channel: input.channel },
      });
      return created;
    });
  } catch (err) {
    // two retries raced: the unique key let one in; answer with that one
    if (input.idempotencyKey && isUniqueViolation(err, 'submissions_idempotency_key')) {
      const existing = await byIdempotencyKey(db, input.idempotencyKey);
      if (existing) return existing;
    }
    throw err;
  }
}

async function byIdempotencyKey(db: DbOrTx, key: string) {
  const [row] = await db
    .select({ id: submissions.id, trackingCode: submissions.trackingCode, status: submissions.status })
    .from(submissions)
    .where(eq(submissions.idempotencyKey, key));
  return row;
}

async function attachPhotos(tx: DbOrTx, submissionId: string, placeId: string, ids: string[]) {
  const attached = await tx
    .update(submissionPhotos)
    .set({ submissionId })
    .where(
      and(
        inArray(submissionPhotos.id, ids),
        isNull(submissionPhotos.submissionId),
        eq(submissionPhotos.placeId, placeId),
      ),
    )
    .returning({ id: submissionPhotos.id });
  if (attached.length !== new Set(ids).size) throw new AppError(400, 'photo_invalid', {}, [], { field: 'photoIds' });
}
