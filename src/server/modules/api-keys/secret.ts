import { createHash, randomBytes } from 'node:crypto';

/** What every secret starts with, so one pasted into the wrong place is recognisable. */
const MARK = 'sl_';
/** How much of the secret names the key on screens: the mark and six characters of the random part. */
const PREFIX_LENGTH = MARK.length + 6;

/**
 * The stored form of a secret. SHA-256 rather than a slow password hash: the secret is 32 random
 * bytes (256 bits), not a person's choice, so there is no dictionary to try and no brute force to
 * slow down — and a plain digest lets each request find its key by one unique-index lookup.
 */
export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/** A new secret (shown once), its hash (kept) and its prefix (shown on the list). */
export function newSecret() {
  const secret = `${MARK}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashSecret(secret), prefix: secret.slice(0, PREFIX_LENGTH) };
}
