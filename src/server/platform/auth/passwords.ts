import { hash, type Options, verify } from '@node-rs/argon2';

// Argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's recommended minimum). The
// test suites alone set SHANGLIANG_FAST_HASH=1 (vitest.config.ts): thousands of hashes at full
// cost would dominate the run, and hash strength is not what they test. Hashes carry their own
// parameters, so verification follows whatever cost a hash was made with.
const options: Options | undefined =
  process.env.SHANGLIANG_FAST_HASH === '1' && process.env.NODE_ENV !== 'production'
    ? { memoryCost: 1024, timeCost: 1 }
    : undefined;

export const hashPassword = (password: string) => hash(password, options);

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
  dummy ??= hash('not-a-real-password', options);
  return dummy;
};
