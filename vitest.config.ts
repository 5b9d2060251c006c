import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Tests start HTTP servers and child processes; two cores, so keep it modest.
    maxWorkers: 2,
  },
});
