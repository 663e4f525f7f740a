import { describe, expect, it } from 'vitest';
import { readSpreadsheetDate } from '../../../src/lib/desk/spreadsheet-date.ts';

describe('readSpreadsheetDate', () => {
  const accepted = [
    { cell: '2010-05-31', iso: '2010-05-31', warned: false },
    { cell: '2010-05', iso: '2010-05', warned: false },
    { cell: '1949', iso: '1949', warned: false },
    { cell: '31/05/2010', iso: '2010-05-31', warned: true },
    { cell: '5/31/2010', iso: '2010-05-31', warned: true },
    { cell: '31.05.2010', iso: '2010-05-31', warned: true },
    { cell: '7/7/2010', iso: '2010-07-07', warned: true },
    { cell: '2010/5/31', iso: '2010-05-31', warned: true },
    { cell: 'May 2010', iso: 'May 2010', warned: false },
  ];
  for (const { cell, iso, warned } of accepted) {
    it(`reads "${cell}" as "${iso}"${warned ? ' with a warning' : ''}`, () => {
      const result = readSpreadsheetDate(cell);
      expect(result).toMatchObject({ ok: true, iso });
      expect(result.ok && result.warning !== undefined).toBe(warned);
    });
  }

  const refused = [
    { cell: '5/6/2010', says: /5 June 2010 or 6 May 2010|6 May 2010 or 5 June 2010/ },
    { cell: '12/11/2023', says: /could be/ },
    { cell: '31/31/2010', says: /not a date/ },
  ];
  for (const { cell, says } of refused) {
    it(`refuses the ambiguous or impossible "${cell}" and says how to write it`, () => {
      const result = readSpreadsheetDate(cell);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(says);
        expect(result.hint).toMatch(/\d{4}-\d{2}-\d{2}/);
      }
    });
  }
});
