import { describe, expect, it } from 'vitest';
import { channelName, openPreviews, readMessage, type PreviewMessage } from '../../../src/lib/desk/preview-channel.ts';

describe('readMessage', () => {
  const story = { type: 'story', model: { events: [] }, problems: [], stale: false };
  const cases = [
    { name: 'a preview saying hello', data: { type: 'hello', tab: 'a' }, expected: { type: 'hello', tab: 'a' } },
    { name: 'a preview saying goodbye', data: { type: 'goodbye', tab: 'a' }, expected: { type: 'goodbye', tab: 'a' } },
    { name: 'a hello that does not name its tab', data: { type: 'hello' }, expected: null },
    { name: 'a goodbye with an empty tab', data: { type: 'goodbye', tab: '' }, expected: null },
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

describe('openPreviews', () => {
  const hello = (tab: string): PreviewMessage => ({ type: 'hello', tab });
  const goodbye = (tab: string): PreviewMessage => ({ type: 'goodbye', tab });
  const cases: { name: string; open: string[]; message: PreviewMessage | null; expected: string[] }[] = [
    { name: 'a first preview says hello: one open', open: [], message: hello('a'), expected: ['a'] },
    { name: 'a second preview says hello: two open', open: ['a'], message: hello('b'), expected: ['a', 'b'] },
    { name: 'a preview says hello again (after a desk started): still one', open: ['a'], message: hello('a'), expected: ['a'] },
    { name: 'one of two previews closes: the other stays', open: ['a', 'b'], message: goodbye('a'), expected: ['b'] },
    { name: 'the last preview closes: none open', open: ['a'], message: goodbye('a'), expected: [] },
    { name: 'a goodbye from a tab never counted changes nothing', open: ['a'], message: goodbye('z'), expected: ['a'] },
    { name: 'the desk hears its own kind of message', open: ['a'], message: { type: 'ready' }, expected: ['a'] },
    { name: 'anything else on the channel', open: ['a'], message: null, expected: ['a'] },
  ];
  for (const { name, open, message, expected } of cases)
    it(name, () => expect([...openPreviews(new Set(open), message)]).toEqual(expected));
});

describe('channelName', () => {
  it('is the same for the desk and its preview tab of one site', () =>
    expect(channelName('https://example.org/story/edit.html')).toBe(channelName('https://example.org/story/edit.html?preview')));
  it('differs between two sites on one origin', () =>
    expect(channelName('https://example.org/a/edit.html')).not.toBe(channelName('https://example.org/b/edit.html')));
});
