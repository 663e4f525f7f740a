/**
 * Reads a date cell as a spreadsheet may have rewritten it. Dates travel as ISO text
 * ("2010", "2010-05", "2010-05-31"), but a spreadsheet that recognises a date shows and
 * saves it in the computer's own form: 31/05/2010 in Europe, 5/31/2010 in the US, 31.05.2010
 * in Turkey. A form that can be read only one way is turned back into ISO text with a
 * warning; one that could be two dates (5/6/2010) is refused, since guessing would put an
 * event in the wrong month without anyone noticing.
 */

export type SpreadsheetDate = { ok: true; iso: string; warning?: string } | { ok: false; message: string; hint: string };

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_MONTH_DAY = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');
const spell = (year: number, month: number, day: number) => `${day} ${MONTHS[month - 1]} ${year}`;

export function readSpreadsheetDate(cell: string): SpreadsheetDate {
  const text = cell.trim();
  const ymd = YEAR_MONTH_DAY.exec(text);
  if (ymd) {
    const [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    if (month >= 1 && month <= 12) return accepted(text, year, month, day, 'year/month/day');
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (!dmy) return { ok: true, iso: cell };
  const [first, second, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  if (first === second && first <= 12) return accepted(text, year, first, first, 'day and month alike');
  if (first > 12 && second >= 1 && second <= 12) return accepted(text, year, second, first, 'day/month/year');
  if (second > 12 && first >= 1 && first <= 12) return accepted(text, year, first, second, 'month/day/year');
  if (first <= 12 && second <= 12 && first >= 1 && second >= 1) {
    return {
      ok: false,
      message: `"${text}" could be ${spell(year, second, first)} or ${spell(year, first, second)}: the spreadsheet turned the date into its own form.`,
      hint: `Write it as ISO text, "${year}-${pad(second)}-${pad(first)}" or "${year}-${pad(first)}-${pad(second)}", and format the column as text.`,
    };
  }
  return {
    ok: false,
    message: `"${text}" is not a date: neither number can be a month.`,
    hint: 'Write the date as ISO text, such as "2010-05-31".',
  };
}

function accepted(text: string, year: number, month: number, day: number, how: string): SpreadsheetDate {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return {
    ok: true,
    iso,
    warning: `read "${text}" as ${iso} (${how}); the spreadsheet had turned the date into its own form. Format the column as text so it stays ISO.`,
  };
}
