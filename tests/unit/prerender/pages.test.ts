import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alternateLinks, languagePage, PAGE_FILES, pageHref } from '../../../scripts/prerender/pages.ts';

const template = readFileSync('index.html', 'utf8');
const page = (language: 'en' | 'he', extra = {}) =>
  languagePage(template, {
    language,
    title: language === 'he' ? 'טורקיה <וישראל>' : 'Turkey & Israel',
    description: 'D "quoted"',
    appHtml: '<p>story</p>',
    indexScript: '<script type="application/json" id="story-index">{}</script>',
    ...extra,
  });

describe('languagePage', () => {
  it('writes the Hebrew page in Hebrew, right to left, saying it is the page’s own language', () => {
    const html = page('he', { interfaceTextScript: '<script type="application/json" id="interface-text">{}</script>' });
    expect(html).toContain('<html lang="he" dir="rtl" data-page-language="he">');
    expect(html).toContain('<title>טורקיה &lt;וישראל&gt;</title>');
    expect(html).toContain('<meta name="description" content="D &quot;quoted&quot;" />');
    expect(html).toContain('<div id="app"><p>story</p></div>');
    // Its first draw's interface text and the story index are in the head: nothing to fetch before the timeline.
    expect(html.indexOf('id="interface-text"')).toBeGreaterThan(0);
    expect(html.indexOf('id="interface-text"')).toBeLessThan(html.indexOf('</head>'));
    expect(html.indexOf('id="story-index"')).toBeLessThan(html.indexOf('</head>'));
    expect(html).not.toContain('modulepreload');
  });

  it('leaves the English page, the page for every language, to the reader’s browser', () => {
    const html = page('en');
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).not.toContain('id="interface-text"');
    expect(html).not.toContain('data-page-language');
    expect(html).toContain('<title>Turkey &amp; Israel</title>');
  });

  it('links every language’s page, and English as the default', () => {
    for (const html of [page('en'), page('he')]) for (const link of alternateLinks()) expect(html).toContain(link);
    expect(alternateLinks()).toEqual([
      '<link rel="alternate" hreflang="en" href="./" />',
      '<link rel="alternate" hreflang="tr" href="index.tr.html" />',
      '<link rel="alternate" hreflang="he" href="index.he.html" />',
      '<link rel="alternate" hreflang="ar" href="index.ar.html" />',
      '<link rel="alternate" hreflang="x-default" href="./" />',
    ]);
    expect(pageHref('ar')).toBe(PAGE_FILES.ar);
  });

  const SITE = 'https://graphics.example.org/turkey-israel/';
  const linkCases: { name: string; language: 'en' | 'he'; site?: string; links: string[]; absent: string[] }[] = [
    {
      name: 'without the site’s address, the English page links the others relatively and claims no canonical address',
      language: 'en',
      links: ['<link rel="alternate" hreflang="he" href="index.he.html" />', '<link rel="alternate" hreflang="x-default" href="./" />'],
      absent: ['rel="canonical"', 'og:url'],
    },
    {
      name: 'with the site’s address, the English page’s canonical address is the folder itself',
      language: 'en',
      site: SITE,
      links: [
        `<link rel="alternate" hreflang="en" href="${SITE}" />`,
        `<link rel="alternate" hreflang="tr" href="${SITE}index.tr.html" />`,
        `<link rel="alternate" hreflang="x-default" href="${SITE}" />`,
        `<link rel="canonical" href="${SITE}" />`,
        `<meta property="og:url" content="${SITE}" />`,
      ],
      absent: ['href="./"', 'href="index.tr.html"'],
    },
    {
      name: 'with the site’s address, the Hebrew page is its own canonical address and links English as the default',
      language: 'he',
      site: SITE,
      links: [
        `<link rel="alternate" hreflang="ar" href="${SITE}index.ar.html" />`,
        `<link rel="alternate" hreflang="x-default" href="${SITE}" />`,
        `<link rel="canonical" href="${SITE}index.he.html" />`,
        `<meta property="og:url" content="${SITE}index.he.html" />`,
      ],
      absent: [`<link rel="canonical" href="${SITE}" />`],
    },
    {
      name: 'an address at the root of a host gives links at the root',
      language: 'he',
      site: 'https://example.org/',
      links: ['<link rel="canonical" href="https://example.org/index.he.html" />'],
      absent: [],
    },
  ];
  for (const { name, language, site, links, absent } of linkCases) {
    it(name, () => {
      const html = page(language, { site });
      const head = html.slice(0, html.indexOf('</head>'));
      for (const link of links) expect(head).toContain(link);
      for (const text of absent) expect(head).not.toContain(text);
    });
  }

  it('writes the site’s address escaped, as the schema does not forbid every character HTML treats specially', () => {
    const html = page('en', { site: 'https://example.org/a&b/' });
    expect(html).toContain('<link rel="canonical" href="https://example.org/a&amp;b/" />');
    expect(html).toContain('<link rel="alternate" hreflang="tr" href="https://example.org/a&amp;b/index.tr.html" />');
  });

  it('says what is missing when the template lacks a part it fills', () => {
    expect(() =>
      languagePage(template.replace('<div id="app"></div>', ''), {
        language: 'he',
        title: '',
        description: '',
        appHtml: '',
        indexScript: '',
      }),
    ).toThrow(/index.html has no <div id="app">/);
  });
});
