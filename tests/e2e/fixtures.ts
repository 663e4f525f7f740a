/**
 * Shared Playwright fixture: every test fails on an uncaught page error, a console error,
 * or a request to any host but our own.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ pageErrors: string[]; allowedOrigins: string[] }>({
  /** Origins besides our own a spec may load, such as a test newsroom page that embeds us. */
  allowedOrigins: [[], { option: true }],
  pageErrors: [
    async ({ page, baseURL, allowedOrigins }, use) => {
      const errors: string[] = [];
      const origins = [new URL(baseURL!).origin, ...allowedOrigins];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!origins.some((origin) => url.startsWith(origin)) && !url.startsWith('data:') && !url.startsWith('blob:'))
          errors.push(`third-party request: ${url}`);
      });
      await use(errors);
      expect(errors, 'page errors, console errors or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
