import { test, expect } from './fixtures.ts';
import { eventsInDateOrder } from './story-data.ts';
import { expectUnchanged } from './unchanged.ts';
import type { Page } from '@playwright/test';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const rangeText = (page: Page) => timeline(page).locator('.range');

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '');
});

test('clicking an event shows it in the details panel', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  const target = events[0]!;
  const option = timeline(page).locator(`[role="option"][data-event-id="${target.id}"]`);
  await option.click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(target.title);
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(new RegExp(`#event=${target.id}`));
});

test('every event option is named by its displayed date, then its title', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  // Day-precise events show their day; year-precise ones only the year.
  for (const event of events.filter((e) => !e.end).slice(0, 12)) {
    const option = timeline(page).locator(`[role="option"][data-event-id="${event.id}"]`);
    if ((await option.count()) === 0) continue; // gathered into a cluster at this zoom
    await expect(option).toHaveAccessibleName(`${displayedDate(event.date)}: ${event.title}`);
  }
});

test('arrow keys walk events in date order, Home and End jump, Enter selects, Escape clears', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  const options = timeline(page).getByRole('option');
  // One tab stop: exactly one option is in the tab order.
  await expect(timeline(page).locator('[role="option"][tabindex="0"]')).toHaveCount(1);
  await timeline(page).locator('[role="option"][tabindex="0"]').focus();
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', events[0]!.id);
  for (let i = 1; i <= 4; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAttribute('data-event-id', events[i]!.id);
  }
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', events[3]!.id);
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(events[3]!.title);
  await expect(page.locator('[data-announcer]')).toContainText(events[3]!.title);
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', events[events.length - 1]!.id);
  await page.keyboard.press(' ');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(events[events.length - 1]!.title);
  await page.keyboard.press('Escape');
  await expect(details(page).getByRole('heading')).toHaveCount(0);
  expect(await options.count()).toBeGreaterThan(0);
});

test('zoom buttons and keys change the visible range, and reset shows the whole story', async ({ page }) => {
  const whole = await rangeText(page).textContent();
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect(rangeText(page)).not.toHaveText(whole!);
  const zoomed = await rangeText(page).textContent();
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect(rangeText(page)).not.toHaveText(zoomed!);
  await timeline(page).getByRole('button', { name: 'Zoom out' }).click();
  await expect(rangeText(page)).toHaveText(zoomed!);
  await timeline(page).getByRole('button', { name: 'Show the whole story' }).click();
  await expect(rangeText(page)).toHaveText(whole!);
  await timeline(page).locator('[role="option"][tabindex="0"]').focus();
  await page.keyboard.press('+');
  await expect(rangeText(page)).not.toHaveText(whole!);
  await page.keyboard.press('-');
  await expect(rangeText(page)).toHaveText(whole!);
});

test('Ctrl + wheel zooms the chart; a plain wheel leaves it to the page', async ({ page }) => {
  const focus = timeline(page).locator('.focus');
  await expect(focus).toHaveAttribute('data-gestures-ready', '');
  const whole = await rangeText(page).textContent();
  const box = (await focus.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
  const scrollY = () => page.evaluate(() => window.scrollY);
  const top = await scrollY();
  await page.mouse.wheel(0, 200);
  // The article scrolls, as it does anywhere else on the page…
  await expect.poll(scrollY).toBeGreaterThan(top);
  // …and the chart keeps its window.
  await expectUnchanged(() => rangeText(page).textContent(), whole, { for: 300, message: 'the range after a plain wheel' });
  const moved = (await focus.boundingBox())!;
  await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 3);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect(rangeText(page)).not.toHaveText(whole!);
});

test('dragging the chart pans the window', async ({ page }) => {
  await expect(timeline(page).locator('.focus')).toHaveAttribute('data-gestures-ready', '');
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  const before = await rangeText(page).textContent();
  const box = (await timeline(page).locator('.focus').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + 8, { steps: 6 });
  await page.mouse.up();
  await expect(rangeText(page)).not.toHaveText(before!);
});

test('a drag that starts and ends on an event pans, and does not select that event', async ({ page }) => {
  const focus = timeline(page).locator('.focus');
  await expect(focus).toHaveAttribute('data-gestures-ready', '');
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  const chart = (await focus.boundingBox())!;
  const option = timeline(page).locator('[role="option"][aria-selected="false"]:not(.in-cluster)').first();
  const id = (await option.getAttribute('data-event-id'))!;
  const box = (await option.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const before = await rangeText(page).textContent();
  await page.mouse.move(x, y);
  await page.mouse.down();
  // Out (off the chart's edge: the drag keeps the pointer) and back to where it started.
  await page.mouse.move(chart.x + chart.width + 40, y, { steps: 8 });
  await expect(rangeText(page)).not.toHaveText(before!);
  await page.mouse.move(x, y, { steps: 8 });
  await page.mouse.up();
  await expect(rangeText(page)).toHaveText(before!);
  const pressed = timeline(page).locator(`[role="option"][data-event-id="${id}"]`);
  await expectUnchanged(() => pressed.getAttribute('aria-selected'), 'false', { for: 300, message: 'the event under a drag' });
  // A plain click on the same spot does select it: the drag, not the place, kept it unselected.
  await page.mouse.click(x, y);
  await expect(pressed).toHaveAttribute('aria-selected', 'true');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('two fingers spread to zoom the chart in, and one finger swiped sideways pans it', async ({ page }) => {
    const focus = timeline(page).locator('.focus');
    await expect(focus).toHaveAttribute('data-gestures-ready', '');
    const box = (await focus.boundingBox())!;
    const [cx, y] = [box.x + box.width / 2, box.y + box.height / 2];
    // Real touch input through Chromium's pipeline (touch-action included): Playwright has no multi-touch API.
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', xs: number[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: xs.map((x, id) => ({ x, y, id })) });

    // From 100 px apart to 300: a threefold zoom around the middle.
    await touch('touchStart', [cx - 50, cx + 50]);
    for (let step = 1; step <= 5; step++) await touch('touchMove', [cx - 50 - 20 * step, cx + 50 + 20 * step]);
    await touch('touchEnd', []);
    // Measured on the overview, which draws the whole story on the chart's focus scale: the
    // fingers keep their times under them in the chart's pixels, so a threefold spread shows a
    // third of the chart's width. In years that is less than a third of the story where the
    // fingers are in the focus period, which has more room per year.
    const brush = async () => {
      const [slider, strip] = await Promise.all([page.getByRole('slider').boundingBox(), page.locator('.overview').boundingBox()]);
      return { left: (slider!.x - strip!.x) / strip!.width, share: slider!.width / strip!.width };
    };
    await expect.poll(async () => (await brush()).share, { message: 'the share of the overview shown after the pinch' }).toBeLessThan(0.36);
    expect((await brush()).share, 'the share of the overview shown after the pinch').toBeGreaterThan(0.3);
    const pinched = await brush();

    // A swipe to the left brings later times in, and keeps the span.
    await touch('touchStart', [cx + 100]);
    for (let step = 1; step <= 5; step++) await touch('touchMove', [cx + 100 - 40 * step]);
    await touch('touchEnd', []);
    // 200 px of a chart that shows a third of the story's width: about a tenth of the overview on.
    await expect.poll(async () => (await brush()).left - pinched.left).toBeGreaterThan(0.04);
    expect(Math.abs((await brush()).share - pinched.share), 'the share shown').toBeLessThan(0.005);
  });
});

test('the overview brush sets the window, and the window goes into the URL', async ({ page }) => {
  const whole = await rangeText(page).textContent();
  const strip = page.locator('.overview svg');
  await strip.scrollIntoViewIfNeeded();
  const box = (await strip.boundingBox())!;
  // Drag out a new window over the middle fifth of the story.
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(rangeText(page)).not.toHaveText(whole!);
  await expect(page).toHaveURL(/window=\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2}/);
  // The brush is a slider for the keyboard too.
  const slider = page.getByRole('slider');
  const value = await slider.getAttribute('aria-valuenow');
  await slider.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(slider).not.toHaveAttribute('aria-valuenow', value!);
});

test('an era button moves the window to that era', async ({ page }) => {
  const eras = page.getByRole('group', { name: 'Jump to a period' }).getByRole('button');
  const count = await eras.count();
  expect(count).toBeGreaterThanOrEqual(4);
  await eras.nth(count - 2).click();
  await expect(eras.nth(count - 2)).toHaveAttribute('aria-pressed', 'true');
});

test('the theme filter fades the events outside the chosen theme, and counts the rest', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  const { themes } = await (await request.get('./data/themes.json')).json();
  const theme = themes.find((t: { id: string }) => events.some((e) => e.themes.includes(t.id)));
  await page.getByRole('group', { name: 'Filter by issue' }).getByRole('button', { name: theme.name, exact: true }).click();
  const matching = events.filter((e) => e.themes.includes(theme.id));
  await expect(page.locator('[data-filter-count]')).toHaveText(`${matching.length} of ${events.length} events`);
  const options = timeline(page).locator('[role="option"]');
  const count = await options.count();
  for (let i = 0; i < count; i++) {
    const option = options.nth(i);
    const id = await option.getAttribute('data-event-id');
    const shouldFade = !matching.some((e) => e.id === id);
    if (shouldFade) await expect(option).toHaveAttribute('data-faded', '');
    else await expect(option).not.toHaveAttribute('data-faded');
  }
  await expect(page).toHaveURL(new RegExp(`themes=${theme.id}`));
});

test('a link with #event=<id> selects that event on load', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  const target = events[Math.floor(events.length / 3)]!;
  await page.goto(`./#event=${target.id}`);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(target.title);
  await expect(timeline(page).locator(`[data-event-id="${target.id}"][role="option"]`)).toHaveAttribute('aria-selected', 'true');
});

test('previous and next buttons step through events in date order', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  await page.goto(`./#event=${events[1]!.id}`);
  await details(page).getByRole('button', { name: 'Next event' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(events[2]!.title);
  await details(page).getByRole('button', { name: 'Previous event' }).click();
  await details(page).getByRole('button', { name: 'Previous event' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(events[0]!.title);
  await expect(details(page).getByRole('button', { name: 'Previous event' })).toBeDisabled();
});

test('source links open in a new tab without access to this page', async ({ page }) => {
  const links = page.getByRole('region', { name: 'Event details' }).getByRole('link');
  // The sources come with data/, which loads after the timeline is shown.
  await expect(links.first()).toBeVisible();
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the timeline becomes a list grouped by era, and the page never scrolls sideways', async ({ page, request }) => {
    const events = await eventsInDateOrder(request);
    const list = timeline(page).getByRole('listbox');
    await expect(list.getByRole('option')).toHaveCount(events.length);
    expect(await list.getByRole('group').count()).toBeGreaterThanOrEqual(4);
    await expect(timeline(page).locator('.focus')).toHaveCount(0);
    await list.getByRole('option').nth(2).click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(events[2]!.title);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('under reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('filtering changes the marks at once, without a fade', async ({ page }) => {
    await expect(timeline(page).getByRole('listbox')).toHaveAttribute('data-fade-ms', '0');
  });
});

test('with full motion, marks fade in at most 300 ms', async ({ page }) => {
  const ms = Number(await timeline(page).getByRole('listbox').getAttribute('data-fade-ms'));
  expect(ms).toBeGreaterThan(0);
  expect(ms).toBeLessThanOrEqual(300);
});

/** The date as the page should display it, in the story's English style (27 October 2022). */
function displayedDate(iso: string): string {
  const parts = iso.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (parts.length > 1) options.month = 'long';
  if (parts.length > 2) options.day = 'numeric';
  return new Intl.DateTimeFormat('en-GB', options).format(Date.UTC(parts[0]!, (parts[1] ?? 1) - 1, parts[2] ?? 1));
}

/** Canvas pixels drawn in exactly this colour (the selected event's ring and label use the text colour). */
async function canvasPixelsOf(page: Page, rgb: [number, number, number]): Promise<number> {
  return page.locator('canvas.marks-canvas').evaluate((canvas: HTMLCanvasElement, [r, g, b]) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) count++;
    return count;
  }, rgb);
}

const LIGHT_TEXT: [number, number, number] = [0x17, 0x19, 0x1c];
const DARK_TEXT: [number, number, number] = [0xec, 0xea, 0xe6];

test('the canvas draws in the page colour scheme, and follows a change of theme', async ({ page }) => {
  // Light, as the page opened in beforeEach: the selected event is drawn in the light text colour.
  await expect.poll(() => canvasPixelsOf(page, LIGHT_TEXT)).toBeGreaterThan(10);
  expect(await canvasPixelsOf(page, DARK_TEXT)).toBe(0);
  // The host or the reader switches the theme: the canvas reads the colours again and redraws.
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expect.poll(() => canvasPixelsOf(page, DARK_TEXT)).toBeGreaterThan(10);
  expect(await canvasPixelsOf(page, LIGHT_TEXT)).toBe(0);
});

test.describe('opened in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the first draw already uses the dark colours', async ({ page }) => {
    await expect.poll(() => canvasPixelsOf(page, DARK_TEXT)).toBeGreaterThan(10);
    expect(await canvasPixelsOf(page, LIGHT_TEXT)).toBe(0);
  });
});
