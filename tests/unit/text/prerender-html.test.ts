import { describe, expect, it } from 'vitest';
import { escapeHtml, stripHydrationMarkers, tokenCss } from '../../../scripts/prerender/html.ts';

describe('escapeHtml', () => {
  const cases = [
    { input: 'Turkey and Israel', expected: 'Turkey and Israel' },
    { input: '<img src=x onerror=alert(1)>', expected: '&lt;img src=x onerror=alert(1)&gt;' },
    { input: 'Gaza "flotilla" & Erdoğan\'s', expected: 'Gaza &quot;flotilla&quot; &amp; Erdoğan&#39;s' },
  ];
  for (const { input, expected } of cases) {
    it(`escapes ${JSON.stringify(input)}`, () => expect(escapeHtml(input)).toBe(expected));
  }
});

describe('stripHydrationMarkers', () => {
  const cases = [
    { input: '<!--[--><p>a</p><!--]-->', expected: '<p>a</p>' },
    { input: '<span>x <!--[-1--></span><!---->', expected: '<span>x </span>' },
    { input: '<ul><!--[!--><li>b</li><!--]--></ul>', expected: '<ul><li>b</li></ul>' },
    { input: '<p><!-- an editor comment --></p>', expected: '<p><!-- an editor comment --></p>' },
  ];
  for (const { input, expected } of cases) {
    it(`turns ${input} into ${expected}`, () => expect(stripHydrationMarkers(input)).toBe(expected));
  }
});

describe('tokenCss', () => {
  const css = `:root {
  --map-water: light-dark(#dbe7ef, #17232d);
  --map-land-focus: light-dark(#e9e4d8, #34373b);
  --map-land: light-dark(#f4f2ec, #2a2d31);
  --plain: #123456;
}`;

  it('writes light values, then dark values under prefers-color-scheme', () => {
    expect(tokenCss(css, ['--map-water', '--map-land'])).toBe(
      'svg{--map-water:#dbe7ef;--map-land:#f4f2ec}@media (prefers-color-scheme:dark){svg{--map-water:#17232d;--map-land:#2a2d31}}',
    );
  });

  it('keeps a value that is not light-dark() for both schemes', () => {
    expect(tokenCss(css, ['--plain'])).toBe('svg{--plain:#123456}');
  });

  it('does not take a longer name for a shorter one', () => {
    expect(tokenCss(css, ['--map-land'])).toContain('--map-land:#f4f2ec');
  });

  it('says which property is missing', () => {
    expect(() => tokenCss(css, ['--map-border'])).toThrow('app.css does not define --map-border');
  });
});
