import { defineConfig } from 'vitest/config';

// Unit tests: everything under test/ except the browser tests (test/e2e) and the
// oracle tests (test/oracle), which need Chromium or real Go and run separately.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/oracle/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
});
