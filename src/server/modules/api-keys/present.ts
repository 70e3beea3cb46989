import type { z } from 'zod';
import type { ApiKeyResponse } from '../../../shared/api/api-keys';
import type { ApiKeyRow } from './queries';

/** A key as the list shows it: never its secret nor its hash. */
export function presentKey(k: ApiKeyRow): z.output<typeof ApiKeyResponse> {
  return {
    id: k.id,
    name: k.name,
    place: k.place,
    prefix: k.prefix,
    createdBy: k.createdBy,
    createdAt: k.createdAt,
    lastUsedAt: k.lastUsedAt,
    revokedAt: k.revokedAt,
    revokedBy: k.revokedById ? { id: k.revokedById, displayName: k.revokedByName ?? '' } : null,
    isRevoked: k.revokedAt !== null,
    requestCount: k.requestCount,
  };
}
