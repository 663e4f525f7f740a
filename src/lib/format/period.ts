/**
 * A span of time as a reader names it: "2009–2013", or "Mar – Jun 2010" when it is short,
 * in the language's words and digits. Spans are [start, end) in ms at UTC midnights, as the
 * timeline's window is.
 */
import type { Language } from '../data/schema.ts';
import { localeOf } from '../i18n/messages.ts';
import { dateTimeFormat } from './intl-formats.ts';
import { formatTickLabel } from './calendar-date.ts';

const DAY_MS = 86_400_000;
/** Below this a span is named by its months, else by its years. */
const MONTHS_BELOW_MS = 3 * 365 * DAY_MS;

export function periodText([start, end]: readonly [number, number], language: Language): string {
  const last = Math.max(start, end - DAY_MS);
  const locale = localeOf(language);
  if (end - start < MONTHS_BELOW_MS)
    return dateTimeFormat(locale, 'period-months', () => ({ year: 'numeric', month: 'short' })).formatRange(start, last);
  // Years joined by an en dash, as the story writes them: browsers' formatRange spaces it out.
  // As the time axis writes them, which in English needs no Intl (calendar-date.ts).
  const [first, final] = [formatTickLabel(start, 'year', locale), formatTickLabel(last, 'year', locale)];
  return first === final ? first : `${first}–${final}`;
}
