import { describe, expect, it, test } from 'vitest';
import {
  ampEmbedSize,
  HeightReporter,
  MAX_HEIGHT,
  parseHostMessage,
  pymMessage,
  type ChildMessageType,
} from '../../../src/lib/embed/host-messages.ts';

/** The regex pym.js 1.3.2's Parent matches child messages with (`_makeMessageRegex`). */
const pymParentRegex = (id: string) => new RegExp('^' + ['pym', id, '(\\S+)', '(.*)'].join('xPYMx') + '$');

describe('pymMessage writes pym.js’s wire format', () => {
  const cases: { input: [string, ChildMessageType, string]; expected: string }[] = [
    { input: ['story', 'height', '812'], expected: 'pymxPYMxstoryxPYMxheightxPYMx812' },
    {
      input: ['turkey-israel', 'hash', '#event=gantz-visits-ankara&lang=tr'],
      expected: 'pymxPYMxturkey-israelxPYMxhashxPYMx#event=gantz-visits-ankara&lang=tr',
    },
    { input: ['story', 'hash', ''], expected: 'pymxPYMxstoryxPYMxhashxPYMx' },
  ];
  for (const c of cases) {
    it(`writes ${JSON.stringify(c.input)} as ${c.expected}`, () => expect(pymMessage(...c.input)).toBe(c.expected));
    it(`writes ${JSON.stringify(c.input)} so that pym.js’s Parent reads back the type and the value`, () => {
      const [id, type, value] = c.input;
      const match = pymParentRegex(id).exec(pymMessage(id, type, value));
      expect(match?.slice(1)).toEqual([type, value]);
    });
  }
});

describe('ampEmbedSize', () => {
  it('writes amp-iframe’s embed-size message', () => {
    expect(ampEmbedSize(812)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 812 });
  });
});

describe('parseHostMessage acts only on pym.js width messages for our id', () => {
  const cases: { name: string; data: unknown; id?: string; expected: ReturnType<typeof parseHostMessage> }[] = [
    { name: 'a width message for our id', data: 'pymxPYMxstoryxPYMxwidthxPYMx930', expected: { type: 'width', width: 930 } },
    { name: 'a six-digit width', data: 'pymxPYMxstoryxPYMxwidthxPYMx123456', expected: { type: 'width', width: 123_456 } },
    { name: 'a width message for an empty id', data: 'pymxPYMxxPYMxwidthxPYMx330', id: '', expected: { type: 'width', width: 330 } },
    { name: 'a width message for another id', data: 'pymxPYMxotherxPYMxwidthxPYMx930', expected: null },
    { name: 'a width message for an id that is not an id', data: 'pymxPYMx<b>xPYMxwidthxPYMx930', id: '<b>', expected: null },
    { name: 'a height message', data: 'pymxPYMxstoryxPYMxheightxPYMx930', expected: null },
    { name: 'a navigateTo message', data: 'pymxPYMxstoryxPYMxnavigateToxPYMxhttps://evil.test', expected: null },
    { name: 'a width with a unit', data: 'pymxPYMxstoryxPYMxwidthxPYMx930px', expected: null },
    { name: 'a negative width', data: 'pymxPYMxstoryxPYMxwidthxPYMx-930', expected: null },
    { name: 'a fractional width', data: 'pymxPYMxstoryxPYMxwidthxPYMx930.5', expected: null },
    { name: 'a seven-digit width', data: 'pymxPYMxstoryxPYMxwidthxPYMx1234567', expected: null },
    { name: 'an empty width', data: 'pymxPYMxstoryxPYMxwidthxPYMx', expected: null },
    { name: 'an <img> as the width', data: 'pymxPYMxstoryxPYMxwidthxPYMx<img src=x onerror=alert(1)>', expected: null },
    { name: 'an extra delimiter', data: 'pymxPYMxstoryxPYMxwidthxPYMx930xPYMx1', expected: null },
    { name: 'another prefix', data: 'ampxPYMxstoryxPYMxwidthxPYMx930', expected: null },
    { name: 'a 201-character string', data: `pymxPYMxstoryxPYMxwidthxPYMx930${' '.repeat(170)}`, expected: null },
    { name: 'a number', data: 930, expected: null },
    { name: 'null', data: null, expected: null },
    { name: 'an object', data: { sentinel: 'amp', type: 'width', width: 930 }, expected: null },
    { name: 'an array', data: ['pym', 'story', 'width', '930'], expected: null },
  ];
  for (const c of cases) {
    it(`returns ${JSON.stringify(c.expected)} for ${c.name}`, () => expect(parseHostMessage(c.data, c.id ?? 'story')).toEqual(c.expected));
  }
});

describe('HeightReporter reports each new height once', () => {
  const cases: { name: string; measured: number[]; expected: (number | null)[] }[] = [
    { name: 'the first measurement is reported', measured: [812], expected: [812] },
    { name: 'a repeat is not reported', measured: [812, 812], expected: [812, null] },
    { name: 'a sub-pixel change within the same pixel is not reported', measured: [812.2, 812.8], expected: [813, null] },
    { name: 'a change of one pixel is reported', measured: [812, 813], expected: [812, 813] },
    { name: 'heights are rounded up, so nothing is cut off', measured: [812.01], expected: [813] },
    { name: 'zero is ignored', measured: [0, 812], expected: [null, 812] },
    { name: 'a negative height is ignored', measured: [812, -5], expected: [812, null] },
    { name: 'NaN is ignored', measured: [Number.NaN], expected: [null] },
    { name: 'Infinity is ignored', measured: [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY], expected: [null, null] },
    { name: 'a huge height is capped at MAX_HEIGHT', measured: [1e9, 2e9], expected: [MAX_HEIGHT, null] },
    { name: 'heights go down as well as up', measured: [900, 700], expected: [900, 700] },
    {
      name: 'an A-B-A-B bounce settles on the larger value, then stays quiet',
      measured: [800, 820, 800, 820, 800],
      expected: [800, 820, 800, 820, null],
    },
    { name: 'a B-A-B-A bounce keeps the larger value', measured: [820, 800, 820, 800], expected: [820, 800, 820, null] },
    {
      name: 'a real change after a bounce is reported',
      measured: [800, 820, 800, 820, 800, 950],
      expected: [800, 820, 800, 820, null, 950],
    },
  ];
  for (const c of cases) {
    it(`${c.name}: ${JSON.stringify(c.measured)} → ${JSON.stringify(c.expected)}`, () => {
      const reporter = new HeightReporter();
      expect(c.measured.map((height) => reporter.next(height))).toEqual(c.expected);
    });
  }

  it('re-sends the same height when forced', () => {
    const reporter = new HeightReporter();
    expect([reporter.next(812), reporter.next(812, true)]).toEqual([812, 812]);
  });

  it('ignores an invalid height even when forced', () => {
    const reporter = new HeightReporter();
    expect([reporter.next(0, true), reporter.next(Number.NaN, true)]).toEqual([null, null]);
  });

  test('does not report a 0.2 px wobble across a pixel boundary', () => {
    const reporter = new HeightReporter();
    expect([reporter.next(812.9), reporter.next(813.1)]).toEqual([813, null]);
  });

  test('stays quiet while the same bounce goes on', () => {
    const reporter = new HeightReporter();
    const reported = [800, 820, 800, 820, 800, 820, 800, 820, 800, 820].map((height) => reporter.next(height));
    expect(reported.slice(4)).toEqual([null, null, null, null, null, null]);
  });
});
