import type { z } from 'zod';
import type { CreateRequestBody } from '../../../shared/api/open311';
import { writeAudit } from '../../platform/audit';
import type { Cipher } from '../../platform/crypto';
import type { Db } from '../../platform/db';
import { isWithin } from '../../platform/db/place-path';
import { AppError } from '../../platform/errors';
import { linkKeyRequest, type PartnerKey } from '../api-keys';
import { fileSubmission } from '../submissions';
import { findJurisdiction, offeredCategories } from './queries';

type Body = z.output<typeof CreateRequestBody>;

/** A person's name as the partner split it: family name first, without a space, when it is Chinese. */
export function contactNameOf(first: string | undefined, last: string | undefined) {
  const parts = [first, last].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return undefined;
  return /\p{Script=Han}/u.test(parts.join('')) ? [last, first].filter(Boolean).join('') : parts.join(' ');
}

/** What the staff read: the partner's description, then where (the address as given, the position). */
export function contentOf(b: Pick<Body, 'description' | 'address_string' | 'lat' | 'long'>) {
  const where = [b.address_string, b.lat !== undefined && b.long !== undefined ? `(${b.lat}, ${b.long})` : undefined]
    .filter(Boolean)
    .join(' ');
  return where ? `${b.description}\n📍 ${where}` : b.description;
}

/**
 * A partner hands a problem in with its key: filed at the jurisdiction — which must lie within the
 * key's region (403 otherwise) — through the residents' intake, channel `partner`, linked to the key
 * and audited with it in one transaction. The contact the partner took down is kept as a resident's
 * would be (phone encrypted); the partner collected it under its own notice, so it counts as given
 * with consent.
 */
export async function createRequest(db: Db, cipher: Cipher, key: PartnerKey, body: Body, ip: string) {
  const place = await findJurisdiction(db, body.jurisdiction_id);
  if (!isWithin(place.path, key.placePath)) throw new AppError(403, 'open311_api_key_scope');
  const offered = await offeredCategories(db, place);
  if (!offered.some((c) => c.id === body.service_code))
    throw new AppError(400, 'open311_unknown_service', {}, [], { field: 'service_code' });
  const contactName = contactNameOf(body.first_name, body.last_name);
  return db.transaction(async (tx) => {
    const created = await fileSubmission(tx, cipher, place.path, {
      placeId: place.id,
      scannedPlaceId: place.id,
      channel: 'partner',
      content: contentOf(body),
      categoryId: body.service_code,
      contactName,
      phone: body.phone,
      consent: Boolean(contactName || body.phone),
    });
    await linkKeyRequest(tx, key.id, created.id);
    await writeAudit(
      tx,
      { actor: null, ip },
      {
        action: 'open311.create',
        entityType: 'submission',
        entityId: created.id,
        placePath: place.path,
        after: { apiKeyId: key.id, apiKeyName: key.name, channel: 'partner', categoryId: body.service_code },
      },
    );
    return created;
  });
}
