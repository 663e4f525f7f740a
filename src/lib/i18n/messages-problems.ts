/**
 * What the error panel and the data notice say, in English: loaded with them rather than with
 * the first download (see messages.ts), since a story that loads cleanly never shows them.
 */
import { registerEnglish } from './messages.ts';

export const enProblems = {
  'error.title': 'The story could not be shown',
  'error.intro': 'Some of its data files could not be used. An editor can fix these problems and reload the page:',
  'notice.skipped': {
    one: 'One entry in the data was left out because of a problem:',
    other: '{count} entries in the data were left out because of problems:',
  },
  'notice.waiting': 'Still waiting for {file} (try {attempt} of {tries})…',
  'notice.missing': 'The full story could not be loaded. What is shown stays usable; this is missing:',
  'notice.retry': 'Try again',
  'notice.retrying': 'Trying again…',
  'notice.linkNotFound': 'The event ‘{id}’ in the link was not found. The story opens on its default event.',
  'notice.mapMissing': 'The map could not be drawn: {file} could not be used. The timeline and details still work.',
} as const;

registerEnglish(enProblems);
