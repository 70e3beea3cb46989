import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Encrypts personal information at rest (residents' phone numbers) with AES-256-GCM under a key
 * derived from the deployment's SECRET. Output: base64url of iv | tag | ciphertext.
 */
export function makeCipher(secret: string) {
  const key = createHash('sha256').update(`shangliang:pii:${secret}`).digest();
  return {
    encrypt(plain: string) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64url');
    },
    decrypt(sealed: string) {
      const buf = Buffer.from(sealed, 'base64url');
      const d = createDecipheriv('aes-256-gcm', key, buf.subarray(0, 12));
      d.setAuthTag(buf.subarray(12, 28));
      return Buffer.concat([d.update(buf.subarray(28)), d.final()]).toString('utf8');
    },
  };
}
export type Cipher = ReturnType<typeof makeCipher>;
