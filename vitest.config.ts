import { defineConfig } from 'vitest/config';

// Unit and integration tests. TEST_DB=postgres runs the same suites against a PostgreSQL server
// (a fresh database per run, made by the global setup); the default is embedded PGlite.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/server/testing/global-setup.ts'],
    // Files of a worker share its modules, and so one migrated database (testing/harness.ts):
    // starting PGlite per file cost seconds each. A file that changes shared state puts it back.
    isolate: false,
    env: { SHANGLIANG_FAST_HASH: '1' },
    testTimeout: 30_000,
    // the first file of a worker starts and migrates the database in its beforeAll (over 60 s on a
    // loaded 2-core machine); the files after it take well under a second
    hookTimeout: 120_000,
  },
});
