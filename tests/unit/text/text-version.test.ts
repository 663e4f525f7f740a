import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import TextVersion from '../../../src/lib/text/TextVersion.svelte';
import { validateStory } from '../../../src/lib/data/validate.ts';
import type { StoryModel } from '../../../src/lib/data/model.ts';
import { groupByEra } from '../../../src/lib/data/era-groups.ts';
import { stripHydrationMarkers } from '../../../scripts/prerender/html.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

function model(edit: (files: ReturnType<typeof smallStory>) => void = () => {}): StoryModel {
  const files = smallStory();
  edit(files);
  const result = validateStory(asInputs(files));
  if (!result.model) throw new Error(JSON.stringify(result.problems));
  return result.model;
}

function html(story: StoryModel, props: Partial<Parameters<typeof TextVersion>[1]> = {}) {
  const { body } = render(TextVersion, {
    props: { groups: groupByEra(story.events, story.eras), total: story.events.length, language: 'en', ...props },
  });
  return stripHydrationMarkers(body);
}

describe('TextVersion', () => {
  it('lists every event under its era, in date order, with its date, summary and sources', () => {
    const body = html(model());
    expect(body).toContain('id="text-version"');
    expect(body.match(/<article/g)).toHaveLength(3);
    expect(body.indexOf('Early years')).toBeLessThan(body.indexOf('Recognition'));
    expect(body.indexOf('Recognition')).toBeLessThan(body.indexOf('Later years'));
    expect(body.indexOf('A raid at sea')).toBeLessThan(body.indexOf('A visit to Ankara'));
    expect(body).toContain('<time datetime="2010-05-31">31 May 2010</time>');
    expect(body).toContain('Someone visited.');
    expect(body).toContain('<a href="https://example.org/article">An article</a>, Example News, 27 Oct 2022');
  });

  it('renders data as text: markup in a title or a source is escaped, never run', () => {
    const story = model((files) => {
      files['events.json'].events[0]!.title = '<img src=x onerror=alert(1)>';
      files['events.json'].events[0]!.sources = [
        { publisher: '<b>Press</b>', title: '"><script>alert(2)</script>', date: '2022-10-27', url: 'https://example.org/?a=1&b="2"' },
      ];
    });
    const body = html(story);
    expect(body).toContain('&lt;img src=x onerror=alert(1)>');
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<script');
    expect(body).toContain('&lt;b>Press&lt;/b>');
    expect(body).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"');
  });

  it('uses the translations in the data for the reader’s language', () => {
    const story = model((files) => {
      Object.assign(files['events.json'].events[0]!, {
        translations: { tr: { title: 'Ankara’ya bir ziyaret', summary: 'Biri ziyaret etti.', reviewed: true } },
      });
    });
    const body = html(story, { language: 'tr' });
    expect(body).toContain('Ankara’ya bir ziyaret');
    expect(body).toContain('Biri ziyaret etti.');
    expect(body).toContain('27 Ekim 2022');
  });

  it('says how many events match the chosen issues, with a way back to all of them', () => {
    const story = model();
    const matching = story.events.filter((event) => event.themes.includes('trade'));
    const body = html(story, {
      groups: groupByEra(matching, story.eras),
      themeNames: ['Trade'],
      onShowAll: () => {},
    });
    expect(body.match(/<article/g)).toHaveLength(1);
    expect(body).toContain('Showing 1 of 3 events: those on Trade.');
    expect(body).toContain('Show all events');
  });

  it('has buttons to the graphic only when it is given what they do (none at build time)', () => {
    const story = model();
    expect(html(story)).not.toContain('<button');
    const withButtons = html(story, { onShowEvent: () => {} });
    expect(withButtons.match(/<button/g)).toHaveLength(3);
    expect(withButtons).toContain('aria-label="Show on the timeline: A raid at sea"');
  });

  it('folds behind its heading in an embed', () => {
    const body = html(model(), { collapsed: true });
    expect(body).toMatch(/<details><summary><h2 id="text-version-heading"[^>]*>The story as text<\/h2><\/summary>/);
  });
});
