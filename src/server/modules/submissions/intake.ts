import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { SubmissionChannel, SubmissionStatus } from '../../../shared/enums';
import type { Cipher } from '../../platform/crypto';
import type { DbOrTx } from '../../platform/db';
import { isAncestorOrSelf } from '../../platform/db/place-path';
import { categories, places, submissionPhotos, submissions } from '../../platform/db/schema';
import { AppError, invalidField, notFound } from '../../platform/errors';
import { indexText } from '../../platform/text';
import { cachedDeadlineDays } from './deadlines';
import { type FilingParams, intakeStatements } from './intake-statements';
import { type DeadlineDays, dueAtFor, maskPhone, trackingCode } from './rules';

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
  links?: SubmissionLinks | undefined;
};

/**
 * What ties a submission to a member: the member a resident addressed it to (委员会客厅), or the
 * reception day or contact's log entry a member took it down at. Each counts in the duty ledger.
 */
export type SubmissionLinks = {
  addressedMemberId?: string | undefined;
  receptionSlotId?: string | undefined;
  contactLogId?: string | undefined;
};

type Created = { id: string; trackingCode: string; status: SubmissionStatus };

/**
 * The live place a QR code opens and, when the resident picked one with `chosenId`, that place if
 * it lies at most two levels beneath and is live (`chosenId` null otherwise): one query, since
 * every submission starts here. The resident's page (publicPlace) offers the same places.
 */
export async function intakePlace(db: DbOrTx, code: string, chosenId?: string) {
  const [place] = await intakeStatements(db).place.execute({ code, chosenId: chosenId ?? null });
  if (!place) throw notFound();
  return place;
}

/**
 * Files one submission with its first timeline step. The phone number is stored encrypted with a
 * masked copy; a retried request with the same idempotency key returns the submission the first
 * attempt created instead of a second one — only when it asks for the same filing: the key is bound
 * to a hash of what was sent, and another request with it answers 422 rather than someone else's
 * tracking code. Without photos this is one statement.
 */
export async function fileSubmission(
  db: DbOrTx,
  cipher: Cipher,
  placePath: string,
  input: IntakeInput,
): Promise<Created> {
  const hash = input.idempotencyKey ? requestHash(input) : null;
  if (input.categoryId && !(await isCategoryOffered(db, input.categoryId, placePath))) {
    // a retry answers with what the first attempt made, even if the category went since
    const existing = input.idempotencyKey ? await byIdempotencyKey(db, input.idempotencyKey, hash) : undefined;
    if (existing) return existing;
    throw invalidField('categoryId', 'not_found', {}, 400);
  }
  const days = await cachedDeadlineDays(db);
  const photoIds = input.photoIds ?? [];
  const created = photoIds.length
    ? await db.transaction(async (tx) => {
        const row = await insertWithFirstStep(tx, cipher, input, hash, days);
        if (row) await attachPhotos(tx, row.id, input.scannedPlaceId, photoIds);
        return row;
      })
    : await insertWithFirstStep(db, cipher, input, hash, days);
  if (created) return created;
  // the key was taken: by an earlier attempt, or by one racing this one (the unique index waited for it)
  const existing = await byIdempotencyKey(db, input.idempotencyKey as string, hash);
  if (!existing) throw new Error('idempotency key taken but no submission holds it');
  return existing;
}

/** What a filing request asks for, as a hash: a retry sends the same, another request does not. */
function requestHash(input: IntakeInput) {
  const asked = [
    input.placeId,
    input.scannedPlaceId,
    input.channel,
    input.content,
    input.categoryId ?? null,
    input.contactName ?? null,
    input.phone ?? null,
    input.consent ?? null,
    input.photoIds ?? [],
    input.createdBy?.id ?? null,
    // only when there is one: a key sent before addressing existed keeps its hash
    ...(input.links?.addressedMemberId ? [input.links.addressedMemberId] : []),
  ];
  return createHash('sha256').update(JSON.stringify(asked)).digest('base64url');
}

/**
 * The submission and its "submitted" step in one statement; nothing (undefined) when the
 * idempotency key is already taken.
 */
async function insertWithFirstStep(
  db: DbOrTx,
  cipher: Cipher,
  input: IntakeInput,
  idempotencyHash: string | null,
  days: DeadlineDays,
): Promise<Created | undefined> {
  const now = new Date();
  const index = indexText(input.content);
  const code = trackingCode((n) => randomBytes(n));
  const [row] = await intakeStatements(db).file.execute({
    trackingCode: code,
    placeId: input.placeId,
    scannedPlaceId: input.scannedPlaceId,
    categoryId: input.categoryId ?? null,
    channel: input.channel,
    content: input.content,
    ...index,
    contactName: input.contactName ?? null,
    phoneCipher: input.phone ? cipher.encrypt(input.phone) : null,
    phoneMasked: input.phone ? maskPhone(input.phone) : null,
    consentAt: input.consent ? now.toISOString() : null,
    dueAt: dueAtFor('received', now, days)?.toISOString() ?? null,
    idempotencyKey: input.idempotencyKey ?? null,
    idempotencyHash,
    createdById: input.createdBy?.id ?? null,
    createdByName: input.createdBy?.name ?? null,
    addressedMemberId: input.links?.addressedMemberId ?? null,
    receptionSlotId: input.links?.receptionSlotId ?? null,
    contactLogId: input.links?.contactLogId ?? null,
    data: JSON.stringify({ channel: input.channel }),
  } satisfies FilingParams);
  return row && { id: row.id, trackingCode: code, status: 'received' };
}

/** A category offered at `placePath`: configured at that place or one above it. */
async function isCategoryOffered(db: DbOrTx, categoryId: string, placePath: string) {
  const [c] = await db
    .select({ id: categories.id })
    .from(categories)
    .innerJoin(places, eq(places.id, categories.placeId))
    .where(and(eq(categories.id, categoryId), isNull(categories.archivedAt), isAncestorOrSelf(places.path, placePath)));
  return c !== undefined;
}

/** The submission filed with this key, or 422 when it was filed for another request. */
async function byIdempotencyKey(db: DbOrTx, key: string, hash: string | null): Promise<Created | undefined> {
  const [row] = await db
    .select({
      id: submissions.id,
      trackingCode: submissions.trackingCode,
      status: submissions.status,
      hash: submissions.idempotencyHash,
    })
    .from(submissions)
    .where(eq(submissions.idempotencyKey, key));
  if (!row) return undefined;
  if (row.hash !== hash) throw new AppError(422, 'idempotency_key_reused');
  return { id: row.id, trackingCode: row.trackingCode, status: row.status };
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
