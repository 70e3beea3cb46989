import type { Me } from '../auth/types';

/**
 * Keeps the deployment's synonym table: an administrator of a top-level place, as the server
 * checks (vocabulary/synonyms.ts). A district is the only kind of place with no parent, so the
 * grant's place kind tells; the server decides on every call.
 */
export const mayKeepSynonyms = (me: Me | null | undefined) =>
  Boolean(me?.grants.some((g) => g.role === 'admin' && g.place.kind === 'district'));
