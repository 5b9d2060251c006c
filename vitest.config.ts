import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One temp folder for the whole run, removed at the end.
    globalSetup: ['tests/support/globalSetup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Tests start HTTP servers and child processes; two cores, so keep it modest.
    maxWorkers: 2,
  },
});
