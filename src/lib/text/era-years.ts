/** An era's span as whole years, "1949 – 1980", in the reader's locale: the text version's era line. */
import type { EraModel } from '../data/model.ts';
import { formatCalendarRange, type CalendarDate } from '../format/calendar-date.ts';

export function eraYears(era: Pick<EraModel, 'startDate' | 'endDate'>, locale: string): string {
  const year = (date: CalendarDate): CalendarDate => ({ ...date, iso: date.iso.slice(0, 4), precision: 'year' });
  return formatCalendarRange(year(era.startDate), year(era.endDate), locale);
}
