/**
 * Entries as the model holds them: dates parsed, lists in their order. One definition for
 * validate.ts, which builds the model after its checks, and as-built.ts, which builds it from
 * files the build has already checked, so the two cannot drift apart.
 */
import { parseCalendarDate, type CalendarDate } from '../format/calendar-date.ts';
import type { EraData, EventData, RelationSideData } from './schema.ts';
import type { EraModel, EventModel, RelationPeriodModel, RelationSideModel } from './model.ts';

type PeriodData = RelationSideData['periods'][number];

/** Only for a date the schema has accepted: an ISO date of year, month or day precision. */
const parsed = (iso: string): CalendarDate => parseCalendarDate(iso)!;

/** `endDate` as validation has judged it: undefined for an event on one date, or whose end it dropped. */
export function eventModel(entry: EventData, endDate: CalendarDate | undefined): EventModel {
  return { ...entry, startDate: parsed(entry.date), endDate };
}

/** The event's own end, as written. */
export const endOf = (entry: EventData): CalendarDate | undefined => (entry.end === undefined ? undefined : parsed(entry.end));

/** By date, then end, then id: a stable order however the file lists them. */
export function compareEvents(a: EventModel, b: EventModel): number {
  return a.startDate.start - b.startDate.start || a.startDate.end - b.startDate.end || a.id.localeCompare(b.id);
}

export function eraModel(entry: EraData): EraModel {
  return { ...entry, startDate: parsed(entry.start), endDate: parsed(entry.end) };
}

export const compareEras = (a: EraModel, b: EraModel): number => a.startDate.start - b.startDate.start;

export function periodModel(period: PeriodData): RelationPeriodModel {
  return { ...period, startDate: parsed(period.start), endDate: period.end === undefined ? null : parsed(period.end) };
}

export function relationSideModel(
  entry: RelationSideData,
  periods: RelationPeriodModel[] = entry.periods.map(periodModel),
): RelationSideModel {
  return { id: entry.id, name: entry.name, periods, translations: entry.translations };
}
