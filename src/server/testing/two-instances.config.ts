import { defineConfig } from 'vitest/config';

// The two-instance test alone (scripts/test.mjs runs it after the PostgreSQL pass): it starts its
// own database, app processes and nginx, so it needs no global setup.
export default defineConfig({
  test: {
    include: ['src/server/testing/two-instances.pgtest.ts'],
    env: { SHANGLIANG_FAST_HASH: '1' },
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
