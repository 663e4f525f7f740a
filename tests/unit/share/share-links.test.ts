import { describe, expect, it } from 'vitest';
import { EMBED_ATTRIBUTE, escapeAttribute, shareLinks } from '../../../src/lib/share/share-links.ts';

const STORY = 'https://news.test/graphics/story/index.html';

describe('shareLinks’ page URL is the story at this view, without embedding parameters', () => {
  const cases: { name: string; location: string; hash: string; expected: string }[] = [
    { name: 'a plain page', location: STORY, hash: '', expected: STORY },
    { name: 'a plain page with a view', location: STORY, hash: '#event=a-b', expected: `${STORY}#event=a-b` },
    { name: 'a page whose old view is replaced', location: `${STORY}#event=old`, hash: '#event=new', expected: `${STORY}#event=new` },
    { name: 'a page whose old view is dropped', location: `${STORY}#event=old`, hash: '', expected: STORY },
    { name: 'an embed', location: `${STORY}?embed&title`, hash: '#place=ankara', expected: `${STORY}#place=ankara` },
    {
      name: 'an embed that keeps lang and theme',
      location: `${STORY}?embed&lang=tr&theme=dark`,
      hash: '',
      expected: `${STORY}?lang=tr&theme=dark`,
    },
    {
      name: 'pym.js’s query',
      location: `${STORY}?embed&initialWidth=930&childId=story&parentTitle=Host%20article&parentUrl=http%3A%2F%2Fhost%2Fa.html&lang=he`,
      hash: '#event=x',
      expected: `${STORY}?lang=he#event=x`,
    },
    { name: 'an embed naming its host', location: `${STORY}?host=https%3A%2F%2Fa.test&embed=1`, hash: '', expected: STORY },
    { name: 'a directory URL', location: 'https://news.test/graphics/story/?', hash: '', expected: 'https://news.test/graphics/story/' },
  ];
  for (const c of cases) {
    it(`links ${c.name} as ${c.expected}`, () => expect(shareLinks(c.location, c.hash, 'Title').pageUrl).toBe(c.expected));
  }
});

describe('shareLinks’ embed URL is the same view in embed mode', () => {
  const cases: { name: string; location: string; hash: string; showTitle: boolean; expected: string }[] = [
    { name: 'a plain page', location: STORY, hash: '', showTitle: false, expected: `${STORY}?embed` },
    { name: 'a plain page with the title', location: STORY, hash: '', showTitle: true, expected: `${STORY}?embed&title` },
    {
      name: 'a page with a view',
      location: `${STORY}#event=old`,
      hash: '#event=a-b',
      showTitle: false,
      expected: `${STORY}?embed#event=a-b`,
    },
    {
      name: 'an embed with lang and theme',
      location: `${STORY}?embed&lang=tr&theme=dark&childId=story`,
      hash: '#place=ankara',
      showTitle: true,
      expected: `${STORY}?embed&title&lang=tr&theme=dark#place=ankara`,
    },
    {
      name: 'an embed that showed its title, now without',
      location: `${STORY}?embed&title`,
      hash: '',
      showTitle: false,
      expected: `${STORY}?embed`,
    },
  ];
  for (const c of cases) {
    it(`embeds ${c.name} as ${c.expected}`, () => expect(shareLinks(c.location, c.hash, 'Title', c.showTitle).embedUrl).toBe(c.expected));
  }
});

describe('shareLinks’ embed code', () => {
  const scriptTags = (code: string) => code.match(/<script\b[^>]*>/gi) ?? [];

  const locations: { location: string; expected: string }[] = [
    { location: `${STORY}?embed`, expected: 'https://news.test/graphics/story/embed.js' },
    { location: 'https://news.test/graphics/story/', expected: 'https://news.test/graphics/story/embed.js' },
    { location: 'https://news.test/graphics/story/?lang=tr#event=x', expected: 'https://news.test/graphics/story/embed.js' },
  ];
  for (const c of locations) {
    it(`loads the parent script next to index.html from ${c.location}`, () => {
      expect(scriptTags(shareLinks(c.location, '', 'Title').embedCode)).toEqual([`<script src="${c.expected}" async>`]);
    });
  }

  it('is an iframe our parent script adopts, then our parent script', () => {
    const { embedCode, embedUrl } = shareLinks(`${STORY}?lang=tr`, '#event=a-b', 'Turkey & Israel');
    expect(embedCode).toMatch(
      new RegExp(`^<iframe src="${escapeRegExp(escapeAttribute(embedUrl))}" title="Turkey &amp; Israel" ${EMBED_ATTRIBUTE} `),
    );
    expect(embedCode).toMatch(/<\/iframe>\n<script src="[^"]+" async><\/script>$/);
  });

  const hostileTitles = [
    '"><script>alert(1)</script>',
    "' onload='alert(1)",
    '</iframe><script src=//evil.test></script>',
    '&quot;><img src=x onerror=alert(1)>',
  ];
  for (const title of hostileTitles) {
    it(`keeps the title ${JSON.stringify(title)} inside its attribute`, () => {
      const { embedCode } = shareLinks(STORY, '', title);
      expect(scriptTags(embedCode)).toEqual(['<script src="https://news.test/graphics/story/embed.js" async>']);
      const attribute = /title="([^"]*)"/.exec(embedCode)?.[1];
      expect(attribute).toBe(escapeAttribute(title));
      expect(attribute).not.toMatch(/[<>"]/);
      expect(embedCode.match(/<iframe\b/g)).toHaveLength(1);
    });
  }

  it('keeps a hostile view inside the src attribute', () => {
    const { embedCode } = shareLinks(STORY, '#event="><script>alert(1)</script>', 'Title');
    expect(scriptTags(embedCode)).toEqual(['<script src="https://news.test/graphics/story/embed.js" async>']);
  });
});

describe('escapeAttribute', () => {
  const cases: { input: string; expected: string }[] = [
    { input: 'Turkey and Israel', expected: 'Turkey and Israel' },
    { input: 'Turkey & Israel', expected: 'Turkey &amp; Israel' },
    { input: '"quoted"', expected: '&quot;quoted&quot;' },
    { input: '<b>', expected: '&lt;b&gt;' },
    { input: '&amp;', expected: '&amp;amp;' },
    { input: 'Türkiye ve İsrail · תורכיה', expected: 'Türkiye ve İsrail · תורכיה' },
  ];
  for (const c of cases) {
    it(`escapes ${JSON.stringify(c.input)} as ${JSON.stringify(c.expected)}`, () => expect(escapeAttribute(c.input)).toBe(c.expected));
  }
});

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('shareLinks and the language', () => {
  const cases = [
    { input: ['https://news.test/story/?lang=he', '#event=a&lang=he'], expected: 'https://news.test/story/?embed#event=a&lang=he' },
    { input: ['https://news.test/story/?lang=tr', '#event=a'], expected: 'https://news.test/story/?embed&lang=tr#event=a' },
  ] as const;
  for (const c of cases) {
    it(`names the language once in the embed URL for ${c.input.join(' + ')}`, () => {
      expect(shareLinks(c.input[0], c.input[1], 'T').embedUrl).toBe(c.expected);
    });
  }
});
