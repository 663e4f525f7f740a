import { describe, expect, it } from 'vitest';
import { channelName, readMessage } from '../../../src/lib/desk/preview-channel.ts';

describe('readMessage', () => {
  const story = { type: 'story', model: { events: [] }, problems: [], stale: false };
  const cases = [
    { name: 'a preview saying hello', data: { type: 'hello' }, expected: { type: 'hello' } },
    { name: 'a desk that has started, extra fields dropped', data: { type: 'ready', extra: 1 }, expected: { type: 'ready' } },
    { name: 'the story', data: story, expected: story },
    { name: 'a story without events', data: { ...story, model: {} }, expected: null },
    { name: 'a story without a stale flag', data: { type: 'story', model: { events: [] }, problems: [] }, expected: null },
    { name: 'an unknown type', data: { type: 'eval' }, expected: null },
    { name: 'a string', data: 'hello', expected: null },
    { name: 'null', data: null, expected: null },
  ];
  for (const { name, data, expected } of cases) it(`reads ${name}`, () => expect(readMessage(data)).toEqual(expected));
});

describe('channelName', () => {
  it('is the same for the desk and its preview tab of one site', () =>
    expect(channelName('https://example.org/story/edit.html')).toBe(channelName('https://example.org/story/edit.html?preview')));
  it('differs between two sites on one origin', () =>
    expect(channelName('https://example.org/a/edit.html')).not.toBe(channelName('https://example.org/b/edit.html')));
});
