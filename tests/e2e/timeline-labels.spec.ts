/**
 * Issue 22: where the story's last years crowd the chart, every key moment keeps its label
 * and no leader line runs through a label not its own. Read from what the page draws: the
 * label boxes from the DOM, the leader lines from the SVG, both in page pixels.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';

type Box = { id: string; left: number; right: number; top: number; bottom: number };
type Point = [x: number, y: number];

/** The chart's words (key and ordinary labels, era names) and its leader lines, as drawn. */
async function drawn(page: Page): Promise<{ labels: Box[]; leaders: Point[][] }> {
  // The chart: its labels' layer and its SVG share one box (the region's name is translated).
  const chart = page.locator('div', { has: page.locator(':scope > .chart-labels') });
  return chart.evaluate((region) => {
    const labels = [...region.querySelectorAll('.chart-labels .label, .chart-labels .era-name')].map((element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { id: element.getAttribute('data-label-for') ?? `era: ${element.textContent}`, left, right, top, bottom };
    });
    const leaders = [...region.querySelectorAll<SVGPolylineElement>('polyline.leader')].map((line) => {
      const toPage = line.getScreenCTM()!;
      return [...line.points].map((point): [number, number] => {
        const { x, y } = new DOMPoint(point.x, point.y).matrixTransform(toPage);
        return [x, y];
      });
    });
    return { labels, leaders };
  });
}

/** Whether the segment from p to q passes inside the box; running along its edge is not crossing. */
function crosses([px, py]: Point, [qx, qy]: Point, { left, right, top, bottom }: Box): boolean {
  let [t0, t1] = [0, 1];
  const [dx, dy] = [qx - px, qy - py];
  for (const [p, q] of [
    [-dx, px - (left + 0.5)],
    [dx, right - 0.5 - px],
    [-dy, py - (top + 0.5)],
    [dy, bottom - 0.5 - py],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 < t1;
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const VIEWS = [
  { name: 'the page at 1280×800', width: 1280, height: 800, query: '' },
  { name: 'the page at 1280×800 in Hebrew', width: 1280, height: 800, query: '?lang=he' },
  { name: 'the page at 1280×800 in Arabic', width: 1280, height: 800, query: '?lang=ar' },
  { name: 'the embed at 1280×800', width: 1280, height: 800, query: '?embed' },
  { name: 'the embed at 1280×800 in Hebrew', width: 1280, height: 800, query: '?embed&lang=he' },
  { name: 'the page at 1920×1080', width: 1920, height: 1080, query: '' },
  { name: 'the page at 1024×768 in Arabic', width: 1024, height: 768, query: '?lang=ar' },
];

for (const view of VIEWS)
  test(`no leader line crosses a label not its own, and no labels overlap, in ${view.name}`, async ({ page }) => {
    await page.setViewportSize({ width: view.width, height: view.height });
    await page.goto(`./${view.query}`);
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '');
    // The placer arrives after ready; the story's last key moment is labelled once it has.
    const labels = page.locator('.chart-labels');
    await expect(labels.locator('[data-label-for="turkey-recalls-ambassador-2023"]')).toBeVisible();
    await expect(labels.locator('[data-label-for="mavi-marmara-raid"]')).toBeVisible();
    await expect(labels.locator('[data-label-for="gantz-visits-ankara"]')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);

    const { labels: boxes, leaders } = await drawn(page);
    const keyLabels = boxes.filter((box) => !box.id.startsWith('era: '));
    // Each leader starts just under the label it belongs to: that is whose it is.
    const ownerOf = (leader: Point[]) =>
      keyLabels.find(({ left, right, bottom }) => {
        const [x, y] = leader[0]!;
        return x >= left - 1 && x <= right + 1 && Math.abs(y - bottom) < 2;
      });
    expect(leaders.length).toBe(keyLabels.length);
    const found: string[] = [];
    for (const leader of leaders) {
      const owner = ownerOf(leader);
      if (!owner) {
        found.push(`a leader from ${leader[0]} under no label`);
        continue;
      }
      for (const box of boxes)
        if (box !== owner && leader.slice(1).some((q, index) => crosses(leader[index]!, q, box)))
          found.push(`${owner.id}'s leader through ${box.id}`);
    }
    for (const a of boxes) for (const b of boxes) if (a.id < b.id && overlap(a, b)) found.push(`${a.id} on ${b.id}`);
    expect(found).toEqual([]);
  });
