/**
 * What the parts after the first paint say in English (the details, the text version, the
 * footer, the embed's credit line): loaded with them rather than with the first download,
 * which has a size budget (see messages.ts). Every module that shows these strings imports
 * this file, so they are registered before translate() is asked for one.
 */
import { registerEnglish } from './messages.ts';

export const enExtras = {
  'app.credits': 'Credits',
  'app.corrections': 'Corrections',
  'details.region': 'Event details',
  'details.empty': 'Choose an event on the timeline or a place on the map.',
  'details.stepper': 'Step through events',
  'details.previous': 'Previous event',
  'details.next': 'Next event',
  'details.places': 'Places',
  'details.themes': 'Issues',
  'details.loading': 'Loading the summary and sources…',
  'details.sources': 'Sources',
  'details.placeEvents': {
    '=0': 'No event in the story is tied to this place.',
    one: '{count} event at this place',
    other: '{count} events at this place',
  },
  'details.opensInNewTab': '(opens in a new tab)',
  'details.quoteTranslation': 'Our translation',
  'details.placeInPeriod': { '=0': 'No events in {period}', one: '{count} event in {period}', other: '{count} events in {period}' },
  'details.placeOutside': { one: '{count} more outside this period', other: '{count} more outside this period' },
  'text.heading': 'The story as text',
  'text.introBrief':
    'Every event in date order, grouped by period. The sources of each event are in the interactive version, and in the story’s data file:',
  'text.intro': 'Every event in date order, grouped by period, with its sources.',
  'text.filtered': {
    one: 'Showing {matching} of {count} event: those on {themes}.',
    other: 'Showing {matching} of {count} events: those on {themes}.',
  },
  'text.showAll': 'Show all events',
  'text.showMore': { one: 'Show {count} more event from this period', other: 'Show {count} more events from this period' },
  'text.showOnTimeline': 'Show on the timeline',
  'text.keyMoments': 'Key moments',
  'text.otherEvents': 'Other events',
  'text.noscript': 'The interactive timeline and map need JavaScript. Here is the whole story as text, with a map of its places.',
  'text.mapAlt': 'Map of the region, with the places in the story: {places}.',
  'embed.openFull': 'Open the full story',
  'embed.credit': '{byline} · Sources are listed with each event',
  'details.corrected': 'Corrected',
  'details.correctedEntry': 'See the correction, dated {date}, in the corrections list',
  'translation.unreviewed': 'Translation not yet reviewed',
} as const;

registerEnglish(enExtras);
