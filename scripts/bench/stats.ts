/** Median, min and max of the measured runs: the median to compare, the range to judge noise. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Summarizes the numbers present; null when none is (a mark that never appeared, say). */
export function summarize(values: (number | null | undefined)[]): Summary | null {
  const present = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (present.length === 0) return null;
  const sorted = present.slice().sort((a, b) => a - b);
  return { median: median(sorted), min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}

/** The middle value of sorted numbers (the mean of the two middle ones for an even count). */
export function median(sorted: number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function medianOf(values: number[]): number | null {
  return values.length ? median(values.slice().sort((a, b) => a - b)) : null;
}
