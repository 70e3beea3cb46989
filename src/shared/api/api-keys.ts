// The API keys' wire contract: keys partner systems (a 12345 hotline) present to Open311, issued,
// listed and revoked by administrators at /api/api-keys.
import { z } from 'zod';
import { IdParams, IsoDate, Person, PlaceRef } from './common';

export const ApiKeyParams = IdParams;

/** A key for a partner, scoped to a place within the administrator's reach. */
export const IssueApiKeyBody = z.object({
  name: z.string().trim().min(1).max(60), // the partner, e.g. 12345热线
  placeId: z.uuid(),
});

export const ApiKeyResponse = z.object({
  id: z.string(),
  name: z.string(),
  place: PlaceRef, // the region it may hand requests in for: this place and everything beneath it
  prefix: z.string(), // the secret's first characters, to tell keys apart; never the secret
  createdBy: Person,
  createdAt: IsoDate,
  lastUsedAt: IsoDate.nullable(),
  revokedAt: IsoDate.nullable(),
  revokedBy: Person.nullable(),
  isRevoked: z.boolean(),
  /** Requests the key has handed in. */
  requestCount: z.number().int(),
});

/** The answer to issuing a key: the only time its secret is shown. */
export const IssuedApiKeyResponse = ApiKeyResponse.extend({ secret: z.string() });

export const ApiKeyListResponse = z.object({ items: z.array(ApiKeyResponse) });
