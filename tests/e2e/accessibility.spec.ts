/**
 * axe finds no violation in any state the reader can reach: each test brings the page to one
 * state and scans all of it.
 */
import { test, expect } from './fixtures.ts';
import { expectNoAxeViolations } from './axe.ts';
import { eventsInDateOrder } from './story-data.ts';
import type { Page } from '@playwright/test';

// axe walks the whole page, map and text version included: slow on a loaded machine.
test.describe.configure({ timeout: 120_000 });

async function ready(page: Page, url = './') {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '');
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });
}

const detailsHeading = (page: Page) => page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 });

test('the default view has no axe violations', async ({ page }) => {
  await ready(page);
  await expectNoAxeViolations(page);
});

test('a selected event has no axe violations', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  const event = events[1]!;
  await ready(page, `./#event=${event.id}`);
  await expect(detailsHeading(page)).toHaveText(event.title);
  await expectNoAxeViolations(page);
});

test('a theme filter has no axe violations', async ({ page, request }) => {
  const { themes } = (await (await request.get('./data/themes.json')).json()) as { themes: { name: string }[] };
  await ready(page);
  const toggle = page.getByRole('group', { name: 'Filter by issue' }).getByRole('button', { name: themes[0]!.name });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);
});

test('a selected place with a theme filter has no axe violations', async ({ page, request }) => {
  const { themes } = (await (await request.get('./data/themes.json')).json()) as { themes: { id: string }[] };
  await ready(page, `./#place=ankara&themes=${themes[0]!.id}`);
  await expect(detailsHeading(page)).toHaveText('Ankara');
  await expectNoAxeViolations(page);
});

test('the text version, filtered, has no axe violations', async ({ page, request }) => {
  const { themes } = (await (await request.get('./data/themes.json')).json()) as { themes: { id: string }[] };
  await ready(page, `./#themes=${themes[0]!.id}`);
  const text = page.locator('#text-version');
  await text.scrollIntoViewIfNeeded();
  await expect(text.getByRole('button', { name: 'Show all events' })).toBeVisible();
  await expectNoAxeViolations(page, { include: '#text-version' });
});

test('the Share / Embed dialog has no axe violations', async ({ page }) => {
  await ready(page);
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  await expect(page.getByRole('dialog', { name: 'Share / Embed' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the embed has no axe violations', async ({ page }) => {
  await ready(page, './?embed');
  await expectNoAxeViolations(page);
});

test('the story in Arabic, right to left, has no axe violations', async ({ page }) => {
  await ready(page, './?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expectNoAxeViolations(page);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the default view has no axe violations', async ({ page }) => {
    await ready(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('the list layout has no axe violations', async ({ page }) => {
    await ready(page);
    await expect(page.getByRole('listbox', { name: /^Events/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('the data-error panel has no axe violations', async ({ page, pageErrors }) => {
  await page.route('**/data/events.json', (route) => route.fulfill({ contentType: 'application/json', body: '{ "events": [ }' }));
  // Only with nothing to show is there a panel: Turkish has no story index in the page.
  await page.goto('./?lang=tr');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);
  pageErrors.length = 0;
});
