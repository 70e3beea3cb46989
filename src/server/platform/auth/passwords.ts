import { hash, verify } from '@node-rs/argon2';

// Argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's recommended minimum).
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(hashed: string, password: string) {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

// Verified against when the username is unknown, so both paths take the same time.
let dummy: Promise<string> | undefined;
export const dummyHash = () => {
  dummy ??= hash('not-a-real-password');
  return dummy;
};
