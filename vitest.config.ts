import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Hang guards, not time limits: on a loaded two-core machine the 150,000-row cases take
    // minutes, and a test must never fail for being slow.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Two cores on CI: keep the pool small so the browser and CLI tests are not starved.
    maxWorkers: 2,
  },
});
