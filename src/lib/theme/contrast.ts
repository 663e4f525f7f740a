/**
 * WCAG 2.1 contrast between two sRGB colours, for the checks that keep marks and accents
 * legible: 3:1 for graphical objects (1.4.11), 4.5:1 for text (1.4.3).
 * https://www.w3.org/TR/WCAG21/#dfn-relative-luminance
 */

export const MIN_NON_TEXT_CONTRAST = 3;

/** The page backgrounds in light and dark, as in app.css. */
export const BACKGROUNDS = { light: '#ffffff', dark: '#15171a' } as const;

/** `#rgb` or `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  const digits = hex.replace(/^#/, '');
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const value = Number.parseInt(full, 16);
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear((value >> 16) & 255) + 0.7152 * linear((value >> 8) & 255) + 0.0722 * linear(value & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
