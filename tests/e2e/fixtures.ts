/**
 * Shared Playwright fixture: every test fails on an uncaught page error, a console error,
 * or a request to any host but our own.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) errors.push(`third-party request: ${url}`);
      });
      await use(errors);
      expect(errors, 'page errors, console errors or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
