import { describe, expect, it } from 'vitest';
import { firstDrawText, firstDrawTextScript, readFirstDrawText } from '../../../src/lib/i18n/first-draw-text.ts';
import { en, hasCatalogue, incompleteCatalogues, registerCatalogue, translate } from '../../../src/lib/i18n/messages.ts';
import { enShare } from '../../../src/lib/i18n/messages-share.ts';
import he from '../../../src/lib/i18n/catalogues/he.ts';
import ar from '../../../src/lib/i18n/catalogues/ar.ts';

describe('firstDrawText', () => {
  it('keeps exactly the first download’s keys of a full catalogue', () => {
    const { language, messages } = firstDrawText('he', he);
    expect(language).toBe('he');
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    expect(messages['timeline.region']).toBe(he['timeline.region']);
    // Later parts' strings wait for their chunk: the Share dialog's, for one.
    for (const key of Object.keys(enShare)) expect(messages).not.toHaveProperty(key);
  });

  it('writes JSON that no story text can break out of, and reads it back', () => {
    const text = firstDrawText('ar', { ...ar, 'timeline.region': '</script><script>alert(1)</script>' });
    const script = firstDrawTextScript(text);
    const inner = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>'));
    expect(inner).not.toMatch(/</);
    expect(readFirstDrawText(inner, 'ar')!['timeline.region']).toBe('</script><script>alert(1)</script>');
  });
});

describe('readFirstDrawText', () => {
  const good = JSON.stringify(firstDrawText('he', he));
  const cases: { name: string; text: string | null | undefined; language: 'he' | 'ar'; usable: boolean }[] = [
    { name: 'the page’s own, in the reader’s language', text: good, language: 'he', usable: true },
    { name: 'no element', text: undefined, language: 'he', usable: false },
    { name: 'an empty element', text: '', language: 'he', usable: false },
    { name: 'another language’s (a ?lang= on the Hebrew page)', text: good, language: 'ar', usable: false },
    { name: 'broken JSON', text: '{"language":"he",', language: 'he', usable: false },
    { name: 'no messages', text: '{"language":"he"}', language: 'he', usable: false },
    { name: 'a message that is a number', text: '{"language":"he","messages":{"timeline.region":4}}', language: 'he', usable: false },
    {
      name: 'a plural without its other form',
      text: '{"language":"he","messages":{"filter.count":{"one":"x"}}}',
      language: 'he',
      usable: false,
    },
    {
      name: 'a plural with its other form',
      text: '{"language":"he","messages":{"filter.count":{"other":"x"}}}',
      language: 'he',
      usable: true,
    },
  ];
  for (const { name, text, language, usable } of cases)
    it(`${usable ? 'uses' : 'refuses'} ${name}`, () => expect(readFirstDrawText(text, language) !== null).toBe(usable));
});

describe('a catalogue that starts with the first draw’s strings', () => {
  it('draws in the language at once, and counts as loaded only once the whole catalogue is in', () => {
    registerCatalogue('he', { 'timeline.region': 'ציר זמן' }, true);
    expect(translate('he', 'timeline.region')).toBe('ציר זמן');
    expect(hasCatalogue('he')).toBe(false);
    expect(incompleteCatalogues()).toEqual(['he']);
    registerCatalogue('he', he);
    expect(hasCatalogue('he')).toBe(true);
    expect(incompleteCatalogues()).toEqual([]);
    // A first draw's strings arriving after the whole catalogue change nothing.
    registerCatalogue('he', { 'timeline.region': 'x' }, true);
    expect(hasCatalogue('he')).toBe(true);
    expect(translate('he', 'timeline.region')).toBe(he['timeline.region']);
  });
});
