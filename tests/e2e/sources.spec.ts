/**
 * Sources: print and wire copy may have no URL. The details cite it as text (never an empty
 * link), and a source with a URL stays a link that opens in a new tab.
 */
import { test, expect } from './fixtures.ts';

interface SourceData {
  title: string;
  url?: string;
}

test('a source without a URL is cited as text, one with a URL as a link', async ({ page, request }) => {
  const { events } = (await (await request.get('./data/events.json')).json()) as { events: { id: string; sources: SourceData[] }[] };
  const event = events.find(
    (candidate) => candidate.sources.some((source) => !source.url) && candidate.sources.some((source) => source.url),
  );
  test.skip(!event, 'the story has no event with both kinds of source');
  const withoutUrl = event!.sources.find((source) => !source.url)!;
  const withUrl = event!.sources.find((source) => source.url)!;

  await page.goto(`./#event=${event!.id}`);
  const details = page.getByRole('region', { name: 'Event details' });
  const sources = details.locator('ol.sources li');
  await expect(sources).toHaveCount(event!.sources.length);
  const cited = sources.filter({ hasText: withoutUrl.title });
  await expect(cited.locator('cite')).toHaveText(withoutUrl.title);
  await expect(cited.getByRole('link')).toHaveCount(0);
  await expect(details.getByRole('link', { name: withUrl.title })).toHaveAttribute('href', withUrl.url!);
});
