/**
 * The story inside a newsroom's page: a host on another origin embeds the built app with
 * pym.js's own Parent and with our plain snippet (iframe + embed.js), and the frame must
 * fit the story, follow it as it changes, carry the reader's view into the article's URL
 * and ignore anything hostile the host sends.
 */
import type { FrameLocator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { articlePage, startHostServer, type HostServer } from './host-page.ts';
import { eventsInDateOrder } from './story-data.ts';
import { expectUnchanged } from './unchanged.ts';

const HOST_PORT = Number(process.env.PW_PORT ?? 4173) + 1000;
const HOST = `http://127.0.0.1:${HOST_PORT}`;

test.use({ allowedOrigins: [HOST] });
// Each test loads the story two or three times, in frames: give them room on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let host: HostServer;
test.beforeAll(async () => {
  host = await startHostServer(HOST_PORT);
});
test.afterAll(async () => host.close());

const story = (page: Page): FrameLocator => page.frameLocator('iframe');
const details = (frame: FrameLocator) => frame.getByRole('region', { name: 'Event details' });

/** The iframe's height against the story's own height inside it. */
async function heightGap(page: Page): Promise<number> {
  const frameHeight = await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
  const contentHeight = await story(page)
    .locator('body')
    .evaluate((body) => body.getBoundingClientRect().height);
  return Math.abs(frameHeight - contentHeight);
}

async function expectFitted(page: Page) {
  await expect.poll(() => heightGap(page), { message: 'iframe height matches the story within 2 px' }).toBeLessThanOrEqual(2);
}

async function storyReady(page: Page) {
  await expect(story(page).locator('html[data-timeline-ready]')).toHaveCount(1);
  await expect(story(page).locator('html[data-map-ready]')).toHaveCount(1, { timeout: 20_000 });
}

/** The embed code exactly as the Share dialog gives it. */
async function embedCodeFromShareDialog(page: Page, hash = ''): Promise<string> {
  await page.goto(`./${hash}`);
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share / Embed' });
  return dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
}

test('with pym.js’s own Parent, the frame fits the story on load, after a selection and at 375 px', async ({ page, baseURL }) => {
  host.page(
    '/pym.html',
    articlePage('<div id="story"></div>', `<script src="/pym.v1.min.js"></script><script src="/pym-start.js"></script>`),
  );
  host.page(
    '/pym-start.js',
    `new pym.Parent('story', ${JSON.stringify(`${baseURL}?embed`)}, { title: 'Turkey and Israel' });`,
    'text/javascript',
  );
  await page.goto(`${HOST}/pym.html`);
  await storyReady(page);
  await expectFitted(page);
  // No inner scrollbar: the frame shows the whole story.
  await expect(story(page).locator('html[data-host-sized]')).toHaveCount(1);

  const before = await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
  await details(story(page)).getByRole('button', { name: 'Next event' }).click();
  await expectFitted(page);

  await page.setViewportSize({ width: 375, height: 740 });
  await expectFitted(page);
  const phone = await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
  expect(phone, 'the phone layout is taller and the frame follows it').not.toBe(before);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectFitted(page);
});

test('with our plain snippet from the Share dialog, the frame fits the story and grows and shrinks with it', async ({ page }) => {
  const code = await embedCodeFromShareDialog(page);
  expect(code).toContain('data-turkey-israel-embed');
  expect(code).toMatch(/<script src="[^"]+\/embed\.js" async><\/script>/);
  host.page('/snippet.html', articlePage(code));
  await page.goto(`${HOST}/snippet.html`);
  await storyReady(page);
  await expectFitted(page);

  await details(story(page)).getByRole('button', { name: 'Next event' }).click();
  await expectFitted(page);
  await page.setViewportSize({ width: 375, height: 740 });
  await expectFitted(page);
  const narrow = await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectFitted(page);
  const wide = await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
  expect(wide, 'the frame shrinks back when the story does').toBeLessThan(narrow);
});

test('a frame first laid out hidden (a closed tab panel) fits once it is shown', async ({ page }) => {
  const code = await embedCodeFromShareDialog(page);
  // Eager, so the story loads and lays out while hidden (a lazy frame would wait to be shown).
  host.page('/hidden.html', articlePage(`<div id="panel" hidden>${code.replace(' loading="lazy"', '')}</div>`));
  await page.goto(`${HOST}/hidden.html`);
  // The story has mounted at width 0 before it is shown.
  await expect(story(page).locator('[data-announcer]')).toHaveCount(1);
  await page.evaluate(() => document.getElementById('panel')!.removeAttribute('hidden'));
  await expectFitted(page);
});

test('the reader’s view goes into the article’s URL under our key, and a copied article URL reopens it', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  const code = await embedCodeFromShareDialog(page);
  host.page('/mirror.html', articlePage(code));
  // The host's own fragment parameter must survive.
  await page.goto(`${HOST}/mirror.html#section=2`);
  await storyReady(page);
  const option = story(page).locator(`[role="option"][data-event-id="${events[3]!.id}"]`);
  await option.click();
  await expect(details(story(page)).getByRole('heading', { level: 2 })).toHaveText(events[3]!.title);
  await expect.poll(() => page.evaluate(() => location.hash)).toContain(`turkey-israel=${encodeURIComponent(`event=${events[3]!.id}`)}`);
  const articleUrl = page.url();
  expect(new URL(articleUrl).hash).toMatch(/^#section=2&turkey-israel=/);

  // A reader opens the copied article URL: the story opens at the same event.
  const reader = await page.context().newPage();
  await reader.goto(articleUrl);
  await expect(details(story(reader)).getByRole('heading', { level: 2 })).toHaveText(events[3]!.title);
  await reader.close();
});

test('hostile messages from the host page change nothing, in the story or in the frame', async ({ page }) => {
  const code = await embedCodeFromShareDialog(page);
  host.page('/hostile.html', articlePage(code, '<script src="/hostile.js"></script>'));
  host.page(
    '/hostile.js',
    `window.sendHostile = function () {
      var frame = document.querySelector('iframe');
      var payloads = [
        'pymxPYMxturkey-israelxPYMxwidthxPYMx<img src=x onerror=alert(1)>',
        'pymxPYMxturkey-israelxPYMxhashxPYMxevent=turkey-recognises-israel',
        'pymxPYMxotherxPYMxwidthxPYMx300',
        'pymxPYMxturkey-israelxPYMxwidthxPYMx' + 'x'.repeat(100000),
        { sentinel: 'amp', type: 'embed-size', height: 10 },
        { type: 'navigate', url: 'javascript:alert(1)' },
        '<script>alert(1)</script>', null, 42, new ArrayBuffer(8), JSON.stringify({ event: 'x' }),
      ];
      payloads.forEach(function (p) { frame.contentWindow.postMessage(p, '*'); });
      // Messages to our parent script that do not come from our frame must not size it.
      window.postMessage('pymxPYMxturkey-israelxPYMxheightxPYMx5', '*');
      window.postMessage('pymxPYMxturkey-israelxPYMxhashxPYMxevent=evil', '*');
    };`,
    'text/javascript',
  );
  await page.goto(`${HOST}/hostile.html#turkey-israel=event%3Dsuez-downgrade`);
  await storyReady(page);
  await expectFitted(page);
  const heading = details(story(page)).getByRole('heading', { level: 2 });
  const title = await heading.textContent();
  const frameHash = await story(page)
    .locator('html')
    .evaluate(() => location.hash);
  const scripts = await story(page).locator('script').count();

  await page.evaluate(() => (window as unknown as { sendHostile: () => void }).sendHostile());
  // Nothing should happen, so there is nothing to wait for: watch the selection for a while instead.
  await expectUnchanged(() => heading.textContent(), title, { for: 500, message: 'the selected event after hostile messages' });
  expect(
    await story(page)
      .locator('html')
      .evaluate(() => location.hash),
  ).toBe(frameHash);
  expect(await story(page).locator('script').count()).toBe(scripts);
  expect(new URL(page.url()).hash).toBe('#turkey-israel=event%3Dsuez-downgrade');
  await expectFitted(page);
});

test('a host that changes the frame’s width again and again raises no error in the story (no ResizeObserver loop)', async ({ page }) => {
  // Installed in every frame before its scripts: the story's window errors, which Chromium does
  // not always report as page errors ("ResizeObserver loop completed with undelivered notifications").
  await page.addInitScript(() => {
    const errors: string[] = [];
    Object.assign(window, { __windowErrors: errors });
    window.addEventListener('error', (event) => errors.push(event.message));
  });
  const code = await embedCodeFromShareDialog(page);
  // A column of 1024 px, where the story's first estimate of its width is wrong: the loop showed on load there.
  host.page('/storm.html', articlePage(code, `<script src="/wide-column.js"></script>`));
  host.page('/wide-column.js', `document.querySelector('article').style.maxWidth = '1024px';`, 'text/javascript');
  await page.goto(`${HOST}/storm.html`);
  await storyReady(page);
  await expectFitted(page);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
  const windowErrors = () => frame.evaluate(() => (window as unknown as { __windowErrors: string[] }).__windowErrors);
  expect(await windowErrors(), 'window errors in the story on load').toEqual([]);

  // Widths on both sides of the phone breakpoint, each held for two of the host's frames.
  const widths = [1024, 900, 700, 645, 630, 600, 480, 375, 320, 500, 639, 641, 800, 1024, 360, 960, 620, 660, 1000, 700];
  for (const width of widths) {
    await page.evaluate(async (px) => {
      document.querySelector('article')!.style.maxWidth = `${px}px`;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, width);
  }
  await expectFitted(page);
  expect(await windowErrors(), 'window errors in the story while its width changed').toEqual([]);
});
