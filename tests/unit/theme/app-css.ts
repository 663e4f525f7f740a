/**
 * app.css's :root tokens as a computed style would give them, for tests that need the
 * page's real colours without a browser (the one definition, read rather than copied).
 */
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../../../src/app.css', import.meta.url), 'utf8');
const root = /:root\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
const declarations = new Map([...root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));

export function appCssStyle(colorScheme = 'light dark') {
  return { colorScheme, getPropertyValue: (property: string) => declarations.get(property) ?? '' };
}
