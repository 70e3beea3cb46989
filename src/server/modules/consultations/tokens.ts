import { randomBytes } from 'node:crypto';

/** A url-safe random token (24 characters, 144 bits) for the sign-in QR code and the online link. */
export const newToken = () => randomBytes(18).toString('base64url');
