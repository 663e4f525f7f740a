/**
 * A zoom step of the real story at 1280 px, as the browser asked for it: 21 labels, 3 of them
 * key moments, in the story's later years. The places are those the placer gave before it was
 * made faster, which it must go on giving exactly: a deliberate change of placement updates
 * them after a look at the chart.
 */
import { describe, expect, it } from 'vitest';
import { placeChartLabels, type PlacerOptions } from '../../../src/lib/timeline/label-placer.ts';

const options: PlacerOptions = { left: 100, right: 726, rows: 5, gap: 16, leaderGap: 2, rtl: false, maxShift: 180 };

/** id, anchor (px), width (px), key moment. */
const requests = (
  [
    ['arouri-leaves-turkey', 258.81958921581565, 211, false],
    ['normalisation-agreement', 292.2024013722127, 151, true],
    ['compensation-paid-2016', 308.54965474776793, 179, false],
    ['ambassadors-return-2016', 319.9066939349958, 113, false],
    ['turkish-hospital-completed', 324.46671724501914, 222, false],
    ['gaza-border-expulsions', 410.41885473017544, 214, false],
    ['eastmed-agreement', 513.1484364691912, 232, false],
    ['jenin-industrial-zone', 583.6137023354004, 178, false],
    ['oknin-couple-released', 631.1928134758323, 193, false],
    ['herzog-visits-ankara', 650.2932884725337, 204, false],
    ['cavusoglu-visits-israel', 663.4571293486388, 196, false],
    ['iranian-plot-foiled', 667.2428090777148, 185, false],
    ['lapid-visits-ankara', 668.533381712627, 167, false],
    ['defence-talks-resume-2022', 677.8255046839952, 191, false],
    ['full-ties-restored', 677.9975810353169, 108, true],
    ['ambassadors-named-2022', 683.6761006289308, 206, false],
    ['lapid-meets-erdogan-un', 683.8481769802524, 199, false],
    ['gantz-visits-ankara', 690.2150019791529, 101, true],
    ['israeli-election-2022', 691.0753837357611, 214, false],
    ['ambassadors-take-up-posts', 703.2928046795971, 209, false],
    ['earthquake-aid-2023', 707.7667898139596, 190, false],
  ] as const
).map(([id, anchor, width, key]) => ({ id, anchor, width, key }));

describe('placeChartLabels on a zoom step of the story', () => {
  it('places each label exactly where the placer always has, in the same order', () => {
    const placed = placeChartLabels(requests, options).map(({ id, row, left, leader }) => [id, row, left, leader]);
    expect(placed).toEqual([
      ['normalisation-agreement', 0, 143.2024013722127, 292.2024013722127],
      ['full-ties-restored', 0, 571.9975810353169, 677.9975810353169],
      ['gantz-visits-ankara', 1, 591.2150019791529, 690.2150019791529],
      ['compensation-paid-2016', 1, 131.54965474776793, 308.54965474776793],
      ['ambassadors-return-2016', 2, 208.90669393499581, 319.9066939349958],
      ['turkish-hospital-completed', 3, 104.46671724501914, 324.46671724501914],
      ['gaza-border-expulsions', 4, 198.41885473017544, 410.41885473017544],
      ['ambassadors-take-up-posts', 2, 496.2928046795971, 703.2928046795971],
      ['earthquake-aid-2023', 3, 519.7667898139596, 707.7667898139596],
    ]);
  });

  it('places them the same whatever order they are asked for in', () => {
    expect(placeChartLabels([...requests].reverse(), options)).toEqual(placeChartLabels(requests, options));
  });
});
