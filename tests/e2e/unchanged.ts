/**
 * For what must NOT happen. Playwright's web-first assertions wait until something does
 * happen, so on their own they pass at once when the page has not reacted yet. This one reads
 * a value again and again over a stated time and fails the first time it is not `expected`.
 */
import { expect } from '@playwright/test';

export async function expectUnchanged<T>(read: () => Promise<T>, expected: T, options: { for: number; message: string }): Promise<void> {
  const until = Date.now() + options.for;
  do {
    const value: unknown = await read();
    expect(value, `${options.message} (for ${options.for} ms)`).toEqual(expected);
  } while (Date.now() < until);
}
