import { describe, expect, it } from 'vitest';
import { MAP_TOKEN_PROPERTIES, readMapTokens } from '../../../src/lib/map/tokens.ts';
import { appCssStyle } from '../theme/app-css.ts';

describe('readMapTokens', () => {
  it('reads every map colour from app.css, light or dark by the scheme in force', () => {
    const light = readMapTokens(appCssStyle('light'), true);
    const dark = readMapTokens(appCssStyle('dark'), false);
    expect(light.water).toBe('#dbe7ef');
    expect(dark.water).toBe('#17232d');
    for (const name of Object.keys(MAP_TOKEN_PROPERTIES)) {
      expect(light[name as keyof typeof light]).toMatch(/^#[0-9a-f]{6}$/i);
      expect(dark[name as keyof typeof dark]).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it('takes a newsroom’s plain override as it is', () => {
    const style = {
      colorScheme: 'light',
      getPropertyValue: (p: string) => (p === '--color-israel' ? ' rgb(1, 2, 3) ' : appCssStyle().getPropertyValue(p)),
    };
    expect(readMapTokens(style, false).israel).toBe('rgb(1, 2, 3)');
  });
});
