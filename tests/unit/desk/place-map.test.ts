import { describe, expect, it } from 'vitest';
import { BASEMAP_EXTENT } from '../../../src/lib/map/extent.ts';
import { centreOf, degreesProblem, nudged, parseDegrees, placeMapFrame, roundCoordinates } from '../../../src/lib/desk/place-map.ts';

describe('placeMapFrame', () => {
  const frame = placeMapFrame(480, 300, BASEMAP_EXTENT);
  const places = [
    { name: 'Ankara', lonLat: [32.8597, 39.9334] },
    { name: 'Jerusalem', lonLat: [35.2137, 31.7683] },
    { name: 'Davos, at the western edge', lonLat: [9.8355, 46.8027] },
  ] as const;
  for (const { name, lonLat } of places) {
    it(`gives back ${name}'s coordinates, to four decimals, from the pixel it draws it at`, () => {
      const inverted = frame.invert(frame.project(lonLat))!;
      expect(inverted[0]).toBeCloseTo(lonLat[0], 3);
      expect(inverted[1]).toBeCloseTo(lonLat[1], 3);
    });
  }

  it('fits the whole extent inside the map, west to the left edge or north to the top', () => {
    const [x0, y0] = frame.project([BASEMAP_EXTENT[0][0], BASEMAP_EXTENT[1][1]]);
    const [x1, y1] = frame.project([BASEMAP_EXTENT[1][0], BASEMAP_EXTENT[0][1]]);
    for (const n of [x0, y0]) expect(n).toBeGreaterThanOrEqual(-0.01);
    expect(x1).toBeLessThanOrEqual(480.01);
    expect(y1).toBeLessThanOrEqual(300.01);
    expect(Math.min(x0, y0)).toBeCloseTo(0, 1);
  });

  it('draws north up and east to the right', () => {
    const [ax, ay] = frame.project([32.8597, 39.9334]);
    const [jx, jy] = frame.project([35.2137, 31.7683]);
    expect(jx).toBeGreaterThan(ax);
    expect(jy).toBeGreaterThan(ay);
  });
});

describe('roundCoordinates', () => {
  const cases = [
    { input: [32.859712, 39.933449], expected: [32.8597, 39.9334] },
    { input: [-0.00001, 0.00004], expected: [0, 0] },
    { input: [35.21375, -31.76835], expected: [35.2138, -31.7683] },
  ] as const;
  for (const { input, expected } of cases)
    it(`rounds [${input.join(', ')}] to [${expected.join(', ')}]`, () => expect(roundCoordinates(input)).toEqual(expected));
});

describe('parseDegrees and degreesProblem', () => {
  const cases = [
    { text: '32.8597', value: 32.8597, problem: null },
    { text: ' 32,8597 ', value: 32.8597, problem: null },
    { text: '-77.0369', value: -77.0369, problem: null },
    { text: '\u221277.0369', value: -77.0369, problem: null },
    { text: '181', value: 181, problem: 'A longitude lies between -180 and 180.' },
    { text: '32.', value: null, problem: 'Type a number of degrees, such as 32.8597.' },
    { text: '32°51′', value: null, problem: 'Type a number of degrees, such as 32.8597.' },
    { text: '', value: null, problem: 'Type a number of degrees, such as 32.8597.' },
  ];
  for (const { text, value, problem } of cases) {
    it(`reads "${text}" as ${value}`, () => {
      expect(parseDegrees(text)).toBe(value);
      expect(degreesProblem(text, 'longitude')).toBe(problem);
    });
  }
  it('holds a latitude to ±90', () => {
    expect(degreesProblem('91', 'latitude')).toBe('A latitude lies between -90 and 90.');
    expect(degreesProblem('-90', 'latitude')).toBeNull();
  });
});

describe('nudged', () => {
  const cases = [
    { key: 'ArrowRight', fine: false, expected: [32.9597, 39.9334] },
    { key: 'ArrowLeft', fine: false, expected: [32.7597, 39.9334] },
    { key: 'ArrowUp', fine: false, expected: [32.8597, 40.0334] },
    { key: 'ArrowDown', fine: true, expected: [32.8597, 39.9234] },
    { key: 'Enter', fine: false, expected: null },
  ] as const;
  for (const { key, fine, expected } of cases)
    it(`moves Ankara ${key}${fine ? ' with Shift' : ''} to ${JSON.stringify(expected)}`, () =>
      expect(nudged([32.8597, 39.9334], key, fine)).toEqual(expected));
  it('stops at the edge of the world', () => expect(nudged([180, 90], 'ArrowUp')).toEqual([180, 90]));
});

describe('centreOf', () => {
  it("puts a new place in the middle of the story's region", () =>
    expect(
      centreOf([
        [19, 27],
        [53, 43],
      ]),
    ).toEqual([36, 35]));
});
