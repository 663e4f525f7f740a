/**
 * Which separator a spreadsheet used. Spreadsheets in locales with a decimal comma
 * (Turkish, German, French…) save "CSV" with semicolons; some tools save tabs. The header
 * row has only column names, never quoted separators, so counting there is enough.
 */
export type Delimiter = ',' | ';' | '\t';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export function detectDelimiter(text: string): Delimiter {
  const end = text.search(/\r?\n/);
  const header = end === -1 ? text : text.slice(0, end);
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = header.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}
