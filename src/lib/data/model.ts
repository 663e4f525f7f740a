/**
 * The story as the app uses it: validated, dates parsed, events sorted, references known
 * to exist. Built only by validate.ts; everything downstream trusts it.
 */
import type { CalendarDate } from '../format/calendar-date.ts';
import type {
  CategoryData,
  CountryData,
  EraData,
  EventData,
  LineData,
  PlaceData,
  RegionData,
  RelationSideData,
  StoryData,
  ThemeData,
} from './schema.ts';

export interface EventModel extends EventData {
  /** Parsed `date`. */
  startDate: CalendarDate;
  /** Parsed `end`, when the event spans time. */
  endDate: CalendarDate | undefined;
}

export interface EraModel extends EraData {
  startDate: CalendarDate;
  endDate: CalendarDate;
}

type PeriodData = RelationSideData['periods'][number];
export interface RelationPeriodModel extends Omit<PeriodData, 'end'> {
  startDate: CalendarDate;
  /** Null while the period is still going on. */
  endDate: CalendarDate | null;
}

export interface RelationSideModel {
  id: string;
  name: string;
  periods: RelationPeriodModel[];
  translations?: RelationSideData['translations'];
}

export interface StoryModel {
  /**
   * True for the first draw from the page's story index (story-index.ts): only what the
   * timeline shows is there, and the full story from data/ is on its way.
   */
  partial?: boolean;
  story: StoryData;
  categories: CategoryData[];
  /** Sorted by date, then end, then id. */
  events: EventModel[];
  /** Sorted by start. */
  eras: EraModel[];
  places: PlaceData[];
  themes: ThemeData[];
  regions: RegionData[];
  relations: RelationSideModel[];
  /** Country labels and the disputed-areas policy (countries.json), when given. */
  countries?: CountryData[];
  /** Routes and pipelines the issues draw (lines.json), when given. */
  lines?: LineData[];
  /**
   * Files the story shows without because they could not be used (such as "places.json"):
   * the views they feed say so in their place. Absent when every file was read.
   */
  unavailable?: string[];
}
