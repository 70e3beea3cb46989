import { defineConfig } from 'vitest/config';

// Unit and integration tests. TEST_DB=postgres runs the same suites against a PostgreSQL server
// (a fresh database per run, made by the global setup); the default is embedded PGlite.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/server/testing/global-setup.ts'],
    env: { SHANGLIANG_FAST_HASH: '1' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
