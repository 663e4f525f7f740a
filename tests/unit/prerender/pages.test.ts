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
    const html = page('he', { modulePreloads: ['./assets/he-abc.js'] });
    expect(html).toContain('<html lang="he" dir="rtl" data-page-language="he">');
    expect(html).toContain('<title>טורקיה &lt;וישראל&gt;</title>');
    expect(html).toContain('<meta name="description" content="D &quot;quoted&quot;" />');
    expect(html).toContain('<div id="app"><p>story</p></div>');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="./assets/he-abc.js" />');
    expect(html.indexOf('id="story-index"')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves the English page, the page for every language, to the reader’s browser', () => {
    const html = page('en');
    expect(html).toContain('<html lang="en" dir="ltr">');
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
