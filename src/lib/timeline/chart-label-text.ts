/**
 * The words a key moment shows on the chart: its label in the reader's language, else its
 * title in that language shortened to a label's length. An English label is not shown to a
 * reader of another language whose title is translated: the chart would switch languages.
 */
import type { Language } from '../data/schema.ts';

interface Labelled {
  title: string;
  label?: string | undefined;
  translations?:
    Partial<Record<Exclude<Language, 'en'>, { title?: string | undefined; label?: string | undefined } | undefined>> | undefined;
}

/** At most `max` characters, cut at a word where one is near, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

export function chartLabelText(event: Labelled, language: Language, max: number): string {
  if (language !== 'en') {
    const translation = event.translations?.[language];
    if (translation?.label) return translation.label;
    if (translation?.title) return shorten(translation.title, max);
  }
  return event.label ?? shorten(event.title, max);
}

interface Named {
  name: string;
  shortName?: string | undefined;
  translations?:
    Partial<Record<Exclude<Language, 'en'>, { name?: string | undefined; shortName?: string | undefined } | undefined>> | undefined;
}

/**
 * An era's name in the reader's language and its short form for tight places (its name where
 * it has none). An English short name is not used beside a translated name: it would switch
 * languages mid-chart.
 */
export function eraNames(era: Named, language: Language): { name: string; shortName: string } {
  const translation = language === 'en' ? undefined : era.translations?.[language];
  if (translation?.name) return { name: translation.name, shortName: translation.shortName || translation.name };
  return { name: era.name, shortName: era.shortName || era.name };
}

/**
 * The words on an era's button: the short name where the full one contains it, so the
 * button's accessible name (the full name) still contains what it shows and voice control
 * can name it (WCAG 2.5.3, label in name); else the full name.
 */
export function eraButtonText({ name, shortName }: { name: string; shortName: string }): string {
  return name.toLocaleLowerCase().includes(shortName.toLocaleLowerCase()) ? shortName : name;
}
