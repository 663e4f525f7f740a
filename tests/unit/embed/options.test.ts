import { describe, expect, it } from 'vitest';
import { parsePageOptions, preferredLanguage, type PageOptions } from '../../../src/lib/embed/options.ts';
import { seededRandom } from '../../../scripts/synthetic-story.ts';

const DEFAULTS: PageOptions = { embedded: false, showTitle: false, view: 'both' };

describe('parsePageOptions reads the embed code’s query', () => {
  const cases: { name: string; search: string; expected: PageOptions }[] = [
    { name: 'an empty query', search: '', expected: DEFAULTS },
    { name: 'a bare question mark', search: '?', expected: DEFAULTS },
    { name: 'a bare ?embed', search: '?embed', expected: { ...DEFAULTS, embedded: true } },
    { name: '?embed=1', search: '?embed=1', expected: { ...DEFAULTS, embedded: true } },
    { name: '?embed=true', search: '?embed=true', expected: { ...DEFAULTS, embedded: true } },
    { name: '?embed=0', search: '?embed=0', expected: DEFAULTS },
    { name: '?embed=false', search: '?embed=false', expected: DEFAULTS },
    { name: '?embed=OFF, in capitals', search: '?embed=OFF', expected: DEFAULTS },
    {
      name: 'a query without the leading question mark',
      search: 'embed&title',
      expected: { ...DEFAULTS, embedded: true, showTitle: true },
    },
    { name: '?embed&title', search: '?embed&title', expected: { ...DEFAULTS, embedded: true, showTitle: true } },
    { name: '?embed&title=no', search: '?embed&title=no', expected: { ...DEFAULTS, embedded: true } },
    {
      name: 'the full example from the module comment',
      search: '?embed&title&theme=dark&accent=%23005a9c&font=Georgia,serif&lang=tr',
      expected: { ...DEFAULTS, embedded: true, showTitle: true, theme: 'dark', accent: '#005a9c', font: 'Georgia,serif', lang: 'tr' },
    },
  ];
  for (const c of cases) {
    it(`parses ${c.name}`, () => expect(parsePageOptions(c.search)).toEqual(c.expected));
  }
});

describe('parsePageOptions reads which halves to show', () => {
  const cases: { input: string; expected: PageOptions['view'] }[] = [
    { input: '', expected: 'both' },
    { input: '?view=both', expected: 'both' },
    { input: '?view=timeline', expected: 'timeline' },
    { input: '?view=map', expected: 'map' },
    { input: '?view=MAP', expected: 'map' },
    { input: '?view=table', expected: 'both' },
    { input: '?view=map&view=timeline', expected: 'map' },
    { input: '?view=<script>', expected: 'both' },
  ];
  for (const c of cases) {
    it(`reads ${c.input || 'no view'} as ${c.expected}`, () => expect(parsePageOptions(c.input).view).toBe(c.expected));
  }
});

describe('parsePageOptions keeps only the themes light and dark', () => {
  const cases: { input: string; expected: PageOptions['theme'] }[] = [
    { input: 'light', expected: 'light' },
    { input: 'dark', expected: 'dark' },
    { input: 'Dark', expected: undefined },
    { input: 'auto', expected: undefined },
    { input: '', expected: undefined },
    { input: 'dark;color:red', expected: undefined },
  ];
  for (const c of cases) {
    it(`reads theme=${JSON.stringify(c.input)} as ${String(c.expected)}`, () => {
      expect(parsePageOptions(`?theme=${encodeURIComponent(c.input)}`).theme).toBe(c.expected);
    });
  }
});

describe('parsePageOptions writes an accent colour as #rrggbb or drops it', () => {
  const cases: { input: string; expected: string | undefined }[] = [
    { input: '#005a9c', expected: '#005a9c' },
    { input: '005a9c', expected: '#005a9c' },
    { input: '#ABCDEF', expected: '#abcdef' },
    { input: '#f0a', expected: '#ff00aa' },
    { input: 'F0A', expected: '#ff00aa' },
    { input: ' #005a9c ', expected: '#005a9c' },
    { input: 'red', expected: undefined },
    { input: '#12345', expected: undefined },
    { input: '#1234567', expected: undefined },
    { input: '#ggg', expected: undefined },
    { input: 'url(x)', expected: undefined },
    { input: '#fff;background:red', expected: undefined },
    { input: '##fff', expected: undefined },
    { input: '', expected: undefined },
  ];
  for (const c of cases) {
    it(`reads accent=${JSON.stringify(c.input)} as ${String(c.expected)}`, () => {
      expect(parsePageOptions(`?accent=${encodeURIComponent(c.input)}`).accent).toBe(c.expected);
    });
  }
});

describe('parsePageOptions keeps a font stack only when it cannot inject CSS', () => {
  const cases: { input: string; expected: string | undefined }[] = [
    { input: 'Georgia, serif', expected: 'Georgia, serif' },
    { input: '"Source Serif 4", Georgia, serif', expected: '"Source Serif 4", Georgia, serif' },
    { input: "'Times New Roman', Times, serif", expected: "'Times New Roman', Times, serif" },
    { input: 'Noto_Sans-Hebrew, sans-serif', expected: 'Noto_Sans-Hebrew, sans-serif' },
    { input: 'Yazı Tipi, sans-serif', expected: 'Yazı Tipi, sans-serif' },
    { input: '  Georgia, serif  ', expected: 'Georgia, serif' },
    { input: 'Georgia}body{color:red', expected: undefined },
    { input: 'Georgia; color: red', expected: undefined },
    { input: 'Georgia(', expected: undefined },
    { input: 'url(https://evil.test/font.woff)', expected: undefined },
    { input: '</style><script>alert(1)</script>', expected: undefined },
    { input: 'expression(alert(1))', expected: undefined },
    { input: '"Georgia, serif', expected: undefined },
    { input: "'Georgia, serif", expected: undefined },
    { input: 'a'.repeat(500), expected: undefined },
    { input: '', expected: undefined },
  ];
  for (const c of cases) {
    it(`reads font=${JSON.stringify(c.input.slice(0, 40))} as ${JSON.stringify(c.expected?.slice(0, 40))}`, () => {
      expect(parsePageOptions(`?font=${encodeURIComponent(c.input)}`).font).toBe(c.expected);
    });
  }
});

describe('parsePageOptions keeps only our languages', () => {
  const cases: { input: string; expected: PageOptions['lang'] }[] = [
    { input: 'en', expected: 'en' },
    { input: 'tr', expected: 'tr' },
    { input: 'he', expected: 'he' },
    { input: 'ar', expected: 'ar' },
    { input: 'fr', expected: undefined },
    { input: 'TR', expected: undefined },
    { input: 'tr-TR', expected: undefined },
    { input: '', expected: undefined },
  ];
  for (const c of cases) {
    it(`reads lang=${JSON.stringify(c.input)} as ${String(c.expected)}`, () => {
      expect(parsePageOptions(`?lang=${encodeURIComponent(c.input)}`).lang).toBe(c.expected);
    });
  }
});

describe('parsePageOptions keeps a childId that an element id can hold', () => {
  const cases: { input: string; expected: string | undefined }[] = [
    { input: 'story', expected: 'story' },
    { input: 'turkey-israel_2', expected: 'turkey-israel_2' },
    { input: 'a'.repeat(64), expected: 'a'.repeat(64) },
    { input: 'a'.repeat(65), expected: undefined },
    { input: '<script>', expected: undefined },
    { input: 'storyxPYMx', expected: 'storyxPYMx' },
    { input: 'two words', expected: undefined },
    { input: '', expected: undefined },
  ];
  for (const c of cases) {
    it(`reads childId=${JSON.stringify(c.input.slice(0, 20))} as ${JSON.stringify(c.expected?.slice(0, 20))}`, () => {
      expect(parsePageOptions(`?childId=${encodeURIComponent(c.input)}`).childId).toBe(c.expected);
    });
  }
});

describe('parsePageOptions reduces host to an http(s) origin', () => {
  const cases: { input: string; expected: string | undefined }[] = [
    { input: 'https://a.test/x', expected: 'https://a.test' },
    { input: 'https://a.test', expected: 'https://a.test' },
    { input: 'http://a.test:8080/article?x=1#y', expected: 'http://a.test:8080' },
    { input: 'https://a.test:443/', expected: 'https://a.test' },
    { input: 'javascript:alert(1)', expected: undefined },
    { input: 'data:text/html,<script>alert(1)</script>', expected: undefined },
    { input: 'ftp://a.test/', expected: undefined },
    { input: 'a.test', expected: undefined },
    { input: 'not a url at all', expected: undefined },
    { input: '', expected: undefined },
  ];
  for (const c of cases) {
    it(`reads host=${JSON.stringify(c.input)} as ${String(c.expected)}`, () => {
      expect(parsePageOptions(`?host=${encodeURIComponent(c.input)}`).hostOrigin).toBe(c.expected);
    });
  }
});

describe('parsePageOptions on garbage', () => {
  const cases: { name: string; search: string; expected: PageOptions }[] = [
    {
      name: 'broken percent-encoding',
      search: '?embed&lang=%E0%A4%A&theme=dark',
      expected: { ...DEFAULTS, embedded: true, theme: 'dark' },
    },
    { name: 'a script tag', search: '?<script>alert(1)</script>', expected: DEFAULTS },
    { name: 'a script tag as a value', search: '?embed&lang=<script>alert(1)</script>', expected: { ...DEFAULTS, embedded: true } },
    { name: 'a 10,000-character font', search: `?embed&font=${'a'.repeat(10_000)}`, expected: { ...DEFAULTS, embedded: true } },
    { name: 'a 10,000-character query of junk', search: `?${'&='.repeat(5_000)}`, expected: DEFAULTS },
    { name: 'a query longer than any link', search: `?embed&x=${'a'.repeat(20_000)}`, expected: DEFAULTS },
    {
      name: 'pym.js’s own query',
      search: '?embed&initialWidth=930&childId=story&parentTitle=Host%20article&parentUrl=http%3A%2F%2Fhost%2Farticle.html',
      expected: { ...DEFAULTS, embedded: true, childId: 'story' },
    },
  ];
  for (const c of cases) {
    it(`keeps only valid values from ${c.name}`, () => expect(parsePageOptions(c.search)).toEqual(c.expected));
  }

  it('never throws on random strings', () => {
    const random = seededRandom(2024);
    const alphabet = '?&=#%;:/()<>"\'{}[] \\\u0000\uffff\ud800abcXYZ019embedtitlethemeaccentfontlangchildIdhost';
    for (let i = 0; i < 1_000; i++) {
      const length = Math.floor(random() * 120);
      const search = Array.from({ length }, () =>
        random() < 0.5 ? alphabet[Math.floor(random() * alphabet.length)] : String.fromCharCode(Math.floor(random() * 0x10000)),
      ).join('');
      expect(() => parsePageOptions(search)).not.toThrow();
      expect(() => parsePageOptions(`?embed&host=${search}&font=${search}&accent=${search}`)).not.toThrow();
    }
  });
});

describe('preferredLanguage picks the first of the reader’s languages that we have', () => {
  const cases: { input: string[]; expected: string }[] = [
    { input: ['tr-TR', 'en'], expected: 'tr' },
    { input: ['iw'], expected: 'he' },
    { input: ['iw-IL'], expected: 'he' },
    { input: ['ar-EG'], expected: 'ar' },
    { input: ['fr', 'de'], expected: 'en' },
    { input: ['fr', 'ar'], expected: 'ar' },
    { input: [], expected: 'en' },
    { input: ['EN-gb'], expected: 'en' },
    { input: ['he-IL', 'tr'], expected: 'he' },
    { input: [''], expected: 'en' },
  ];
  for (const c of cases) {
    it(`picks ${c.expected} from ${JSON.stringify(c.input)}`, () => expect(preferredLanguage(c.input)).toBe(c.expected));
  }
});
