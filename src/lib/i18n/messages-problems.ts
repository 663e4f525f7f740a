/**
 * What the error panel and the data notice say, in English: loaded with them rather than with
 * the first download (see messages.ts), since a story that loads cleanly never shows them.
 */
import { registerEnglish } from './messages.ts';

export const enProblems = {
  'error.title': 'The story could not be shown',
  'error.intro': 'Some of its data files could not be used. An editor can fix these problems and reload the page:',
  // The data notice's summary (ui/data-notice-summary.ts): one sentence per kind of loss and file.
  'notice.file': '{file} could not be used.',
  'notice.skipped': { one: 'One entry of {file} was left out.', other: '{count} entries of {file} were left out.' },
  'notice.references': {
    one: 'One reference to {file} was left out; its entry still shows.',
    other: '{count} references to {file} were left out; their entries still show.',
  },
  'notice.fields': {
    one: 'One field in {file} was left out or replaced; its entry still shows.',
    other: '{count} fields in {file} were left out or replaced; their entries still show.',
  },
  'notice.waiting': 'Still waiting for {file} (try {attempt} of {tries})…',
  'notice.missing': 'The full story could not be loaded. What is shown stays usable; this is missing:',
  'notice.retry': 'Try again',
  'notice.retrying': 'Trying again…',
  'notice.linkNotFound': 'The event ‘{id}’ in the link was not found. The story opens on its default event.',
  'notice.mapMissing': 'The map could not be drawn: {file} could not be used. The timeline and details still work.',
} as const;

registerEnglish(enProblems);
