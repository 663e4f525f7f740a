import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Event, SaidIn } from '../../../src/lib/data/schema.ts';

describe('SaidIn, the language a quote was said in', () => {
  const cases: { tag: string; ok: boolean; why: string }[] = [
    { tag: 'tr', ok: true, why: 'a language of the story' },
    { tag: 'he', ok: true, why: 'Hebrew under its current code' },
    { tag: 'en', ok: true, why: 'English' },
    { tag: 'fr', ok: true, why: 'a language the story is not translated into' },
    { tag: 'en-GB', ok: true, why: 'a language with a region' },
    { tag: 'iw', ok: false, why: 'the withdrawn code for Hebrew' },
    { tag: 'TR', ok: false, why: 'upper case' },
    { tag: 'en-gb', ok: false, why: 'a region in lower case' },
    { tag: 'Turkish', ok: false, why: 'a language name, not a code' },
    { tag: 'tr_TR', ok: false, why: 'an underscore, as in POSIX locales' },
    { tag: '', ok: false, why: 'empty' },
  ];
  for (const { tag, ok, why } of cases) {
    it(`${ok ? 'accepts' : 'refuses'} "${tag}" (${why})`, () => {
      expect(v.safeParse(SaidIn, tag).success).toBe(ok);
    });
  }
});

describe('an event quote with said', () => {
  const event = {
    id: 'visit',
    date: '2022-10-27',
    title: 'A visit',
    summary: 'Someone visited.',
    category: 'diplomacy',
    places: [],
    themes: [],
    sources: [{ publisher: 'Wire', title: 'A visit', date: '2022-10-27' }],
  };
  const cases: { quote: unknown; ok: boolean }[] = [
    { quote: { text: 'Words', speaker: 'A minister' }, ok: true },
    { quote: { text: 'Words', speaker: 'A minister', said: 'tr' }, ok: true },
    { quote: { text: 'Words', speaker: 'A minister', said: 'Turkish' }, ok: false },
    { quote: { text: 'Words', speaker: 'A minister', language: 'tr' }, ok: false },
  ];
  for (const { quote, ok } of cases) {
    it(`${ok ? 'accepts' : 'refuses'} ${JSON.stringify(quote)}`, () => {
      expect(v.safeParse(Event, { ...event, quote }).success).toBe(ok);
    });
  }
});
