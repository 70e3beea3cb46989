import { defineConfig } from 'vitest/config';

// End-to-end journeys: a real server on the embedded database with demo data, driven through
// Debian's Chromium by playwright-core. Screenshots land in test-results/e2e/.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
