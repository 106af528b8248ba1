import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    // Real builds and a real browser take seconds, not milliseconds.
    testTimeout: 120_000,
    // Test files build sites and drive Chromium; on two cores running them one at a time is as
    // fast and keeps builds of the same fixture from racing.
    fileParallelism: false,
    hookTimeout: 180_000,
  },
});
