/**
 * A page per language: index.html in English (also the page for readers whose language we do
 * not have, hreflang's x-default) and index.tr.html, index.he.html, index.ar.html beside it.
 *
 * Beside it rather than in tr/, he/, ar/ folders: every address the app and its map use is
 * relative to the page (data/, basemap/, assets/, story-map.svg, embed.js), so pages in one
 * folder share them as they are. A page in a folder would need a <base> element, which would
 * also send the text version's in-page links (#text-event-…) to the English page.
 */
import { LANGUAGES, type Language } from '../../src/lib/data/vocabulary.ts';
import { directionOf } from '../../src/lib/i18n/messages.ts';
import { escapeHtml } from './html.ts';

/** Each language's page, relative to the site's root. */
export const PAGE_FILES: Readonly<Record<Language, string>> = {
  en: 'index.html',
  tr: 'index.tr.html',
  he: 'index.he.html',
  ar: 'index.ar.html',
};

/**
 * A language's page as the others link it: English (and x-default) as the folder's own
 * address. With the site's address (story.json's `site`, the folder the pages are served
 * from) the link is absolute, as search engines ask of hreflang and canonical links;
 * without it, relative, which serves the pages on any path but leaves search engines to
 * guess (check:data warns).
 */
export function pageHref(language: Language, site?: string): string {
  const relative = language === 'en' ? './' : PAGE_FILES[language];
  return site ? new URL(relative, site).href : relative;
}

export interface LanguagePage {
  language: Language;
  title: string;
  description: string;
  /** The prerendered story, which goes inside #app. */
  appHtml: string;
  /** The <script type="application/json"> element with the page's story index. */
  indexScript: string;
  /** The <script type="application/json"> element with the first draw's interface text, on a page not in English. */
  interfaceTextScript?: string;
  /** The https address of the folder the pages are served from (story.json's `site`), when known. */
  site?: string;
}

/**
 * The page for one language, from index.html as Vite built it: `lang` and `dir`, the title,
 * description and Open Graph tags, the prerendered story, the story index and the links to
 * the other languages' pages. Every page but the English one says its language is the page's
 * own (`data-page-language`): the app opens in it, where the English page, which is also the
 * page for every other language, follows the reader's browser.
 */
export function languagePage(template: string, page: LanguagePage): string {
  let html = template;
  const replace = (pattern: RegExp, replacement: string) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${pattern.source} for the prerendered story.`);
    html = html.replace(pattern, () => replacement);
  };
  const { language } = page;
  const own = language === 'en' ? '' : ` data-page-language="${language}"`;
  replace(/<html lang="[^"]*" dir="[^"]*">/, `<html lang="${language}" dir="${directionOf(language)}"${own}>`);
  replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`);
  for (const [attribute, value] of [
    ['name="description"', page.description],
    ['property="og:title"', page.title],
    ['property="og:description"', page.description],
  ] as const)
    replace(new RegExp(`<meta ${attribute} content="[^"]*"\\s*/?>`), `<meta ${attribute} content="${escapeHtml(value)}" />`);
  replace(/<div id="app"><\/div>/, `<div id="app">${page.appHtml}</div>`);
  const head = [
    ...alternateLinks(page.site),
    // A page is only its own canonical address where that address is known: a relative one
    // would follow wherever a copy is served (a mirror, a newsroom's path) and claim it.
    ...(page.site
      ? [
          `<link rel="canonical" href="${escapeHtml(pageHref(language, page.site))}" />`,
          `<meta property="og:url" content="${escapeHtml(pageHref(language, page.site))}" />`,
        ]
      : []),
    // The index and the interface text go in the head: data, not content, and before the
    // text, where they compress a little better (the text repeats the index's titles).
    ...(page.interfaceTextScript ? [page.interfaceTextScript] : []),
    page.indexScript,
  ];
  replace(/<\/head>/, `  ${head.join('\n    ')}\n  </head>`);
  return html;
}

/** Every language's page, and the English one as the default for the rest: absolute when the site's address is given. */
export function alternateLinks(site?: string): string[] {
  const link = (hreflang: string, language: Language) =>
    `<link rel="alternate" hreflang="${hreflang}" href="${escapeHtml(pageHref(language, site))}" />`;
  return [...LANGUAGES.map((language) => link(language, language)), link('x-default', 'en')];
}
