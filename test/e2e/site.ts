import { test as base } from '@playwright/test';

/** test is Playwright's test with baseURL set to the static server that global-setup.ts started. */
export const test = base.extend({
  baseURL: async ({}, use) => {
    const url = process.env.LEAKPROOF_BASE_URL;
    if (!url) throw new Error('LEAKPROOF_BASE_URL is not set: run through playwright.config.ts (npm run test:e2e)');
    await use(url);
  },
});

export { expect } from '@playwright/test';
