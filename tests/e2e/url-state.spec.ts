/**
 * The view lives in the URL: a shared link reopens it, Back and Forward walk it, and no
 * URL, however garbled or hostile, breaks the page or injects anything into it.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { eventsInDateOrder } from './story-data.ts';
import { seededRandom } from '../../scripts/synthetic-story.ts';

const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const filter = (page: Page) => page.getByRole('group', { name: 'Filter by issue' });

async function themes(page: Page): Promise<{ id: string; name: string }[]> {
  const response = await page.request.get('./data/themes.json');
  return (await response.json()).themes;
}

test('a deep link restores the event, the issues and the window', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  const target = events.find((event) => event.date.startsWith('2010'))!;
  const [first, second] = await themes(page);
  await page.goto(`./#event=${target.id}&themes=${first!.id},${second!.id}&window=2005-01-01,2014-12-31`);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(target.title);
  await expect(filter(page).getByRole('button', { name: first!.name })).toHaveAttribute('aria-pressed', 'true');
  await expect(filter(page).getByRole('button', { name: second!.name })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Timeline' }).locator('.range')).toContainText('2005');
  await expect(page.getByRole('region', { name: 'Timeline' }).locator('.range')).toContainText('2014');
  // The page keeps the same view in its own URL.
  await expect(page).toHaveURL(new RegExp(`event=${target.id}.*themes=${first!.id},${second!.id}.*window=2005-01-01,2014-12-31`));
});

test('Back and Forward walk through the events the reader chose', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  await page.goto(`./#event=${events[5]!.id}`);
  const heading = details(page).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(events[5]!.title);
  await details(page).getByRole('button', { name: 'Next event' }).click();
  await expect(heading).toHaveText(events[6]!.title);
  await expect(page).toHaveURL(new RegExp(`event=${events[6]!.id}`));
  await details(page).getByRole('button', { name: 'Next event' }).click();
  await expect(heading).toHaveText(events[7]!.title);
  await expect(page).toHaveURL(new RegExp(`event=${events[7]!.id}`));

  await page.goBack();
  await expect(heading).toHaveText(events[6]!.title);
  await page.goBack();
  await expect(heading).toHaveText(events[5]!.title);
  await page.goForward();
  await expect(heading).toHaveText(events[6]!.title);
});

/** Random bytes, percent-encoded or raw, of a given length. */
function garbage(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    const code = Math.floor(random() * 256);
    text += random() < 0.5 ? `%${code.toString(16).padStart(2, '0')}` : String.fromCharCode(32 + (code % 95));
  }
  return text;
}

const random = seededRandom(2026);
const HOSTILE: [string, string][] = [
  ['random bytes in the hash', `#${garbage(random, 300)}`],
  ['random bytes in the query', `?${garbage(random, 300)}`],
  ['10,000 characters', `#event=${'a'.repeat(10_000)}`],
  ['10,000 characters of query', `?title&font=${'x'.repeat(10_000)}`],
  ['markup in the values', `#event=<script>alert(1)</script>&themes=<img src=x onerror=alert(1)>`],
  ['markup in the query', `?lang=<script>alert(1)</script>&accent=red;background:url(x)&font=a}body{display:none`],
  ['unknown ids', '#event=no-such-event&place=nowhere&themes=none,at-all'],
  ['a window backwards and out of range', '#window=2030-01-01,1900-01-01'],
  ['a window of impossible dates', '#window=2010-02-30,2010-13-45'],
  ['broken percent-encoding', '#event=%E0%A4%A&themes=%'],
  ['a javascript: URL as a value', '#event=javascript:alert(1)&lang=javascript:alert(1)'],
  ['prototype keys', '#__proto__=x&constructor=y&event=constructor'],
];

for (const [name, suffix] of HOSTILE) {
  test(`a URL with ${name} falls back to the default view`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`./${suffix}`);
    await expect(page.locator('html[data-timeline-ready]')).toHaveCount(1);
    await expect(page.locator('html')).not.toHaveAttribute('data-error');
    await expect(details(page).getByRole('heading', { level: 2 })).not.toBeEmpty();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.locator('body img[src="x"], body script').count(), 'nothing from the URL became markup').toBe(0);
    expect(dialogs).toEqual([]);
  });
}

test('the look follows the parameters: theme, accent and font', async ({ page }) => {
  await page.goto('./?theme=dark&accent=%23ffb000&font=Georgia,serif');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const look = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return {
      accent: style.getPropertyValue('--color-accent').trim(),
      font: getComputedStyle(document.body).fontFamily,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
  expect(look.accent).toBe('#ffb000');
  expect(look.font).toContain('Georgia');
  expect(look.background).toBe('rgb(21, 23, 26)');
});

test('an accent without enough contrast for the page is refused', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto('./?theme=light&accent=%23fff176');
  await expect(page.locator('html[data-timeline-ready]')).toHaveCount(1);
  const accent = await page.evaluate(() => document.documentElement.style.getPropertyValue('--color-accent'));
  expect(accent).toBe('');
  expect(warnings.join('\n')).toContain('too little contrast');
});
