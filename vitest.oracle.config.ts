import { defineConfig } from 'vitest/config';

// Oracle tests: compare our work with real Go 1.23 (and other reference tools).
// They need scripts/install-system-deps.sh to have run; .ci/run does that.
export default defineConfig({
  test: {
    include: ['test/oracle/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
