import { describe, expect, it } from 'vitest';
import {
  checkMeasurementsWritable,
  createImportValidator,
  guessImportMapping,
  importDateRange,
  MEASUREMENT_CSV_COLUMNS,
  parseImportDate,
  parseImportNumber,
  validateImportRows,
  type ImportValidationInput,
} from './measurement-import.js';
import { escapeSpreadsheetCell, unescapeSpreadsheetCell } from '../common/file-import.js';

const metrics = [
  { id: 'm-lrt', name: 'Lead response time', catalogKey: 'lead_response_time', unit: 'hours' as const },
  { id: 'm-custom', name: 'Deal margin', catalogKey: null, unit: 'currency' as const },
];
const units = [
  { id: 'u-emea', name: 'EMEA', code: 'R-EMEA' },
  { id: 'u-dach', name: 'DACH', code: 'C-DACH' },
];
const headers = ['Metric', 'Unit', 'Date', 'Value'];
const mapping = { metric: 'Metric', unit: 'Unit', date: 'Date', value: 'Value' };

function validate(rows: string[][], overrides: Partial<ImportValidationInput> = {}) {
  return validateImportRows({ headers, rows, mapping, metrics, units, earliestDate: '2025-01-05', latestDate: '2026-02-01', firstLine: 2, ...overrides });
}

describe('guessImportMapping', () => {
  it('recognises the usual headers whatever their case and spacing', () => {
    expect(guessImportMapping(['Metric', 'Unit', 'Date', 'Value'])).toEqual(mapping);
    expect(guessImportMapping([' metric_key ', 'REGION', 'Week', 'value'])).toEqual({ metric: 'metric_key', unit: 'REGION', date: 'Week', value: 'value' });
    expect(guessImportMapping(['Metric Name', 'Business unit', 'Week start', 'Actual'])).toEqual({
      metric: 'Metric Name',
      unit: 'Business unit',
      date: 'Week start',
      value: 'Actual',
    });
  });

  it('prefers the best spelling and uses each column once (an export re-imports by name)', () => {
    expect(guessImportMapping([...MEASUREMENT_CSV_COLUMNS])).toEqual({ metric: 'metric', unit: 'unit', date: 'date', value: 'value' });
    expect(guessImportMapping(['metric_key', 'metric', 'unit_code', 'unit'])).toMatchObject({ metric: 'metric', unit: 'unit' });
  });

  it('leaves a field null when no column looks like it', () => {
    expect(guessImportMapping(['KPI', 'Team', 'Comment'])).toEqual({ metric: 'KPI', unit: 'Team', date: null, value: null });
    expect(guessImportMapping([])).toEqual({ metric: null, unit: null, date: null, value: null });
  });
});

describe('validateImportRows', () => {
  it('accepts rows naming metrics by name or catalog key and units by name or code, ignoring case', () => {
    const result = validate([
      ['Lead response time', 'EMEA', '2026-01-05', '4.5'],
      ['LEAD_RESPONSE_TIME', 'c-dach', '2026-01-05', '3'],
      ['deal margin', ' dach ', '2025-01-05', '-1e2'],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.invalidRows).toBe(0);
    expect(result.rowsTotal).toBe(3);
    expect(result.valid).toEqual([
      { line: 2, metricId: 'm-lrt', unitId: 'u-emea', date: '2026-01-05', value: 4.5 },
      { line: 3, metricId: 'm-lrt', unitId: 'u-dach', date: '2026-01-05', value: 3 },
      { line: 4, metricId: 'm-custom', unitId: 'u-dach', date: '2025-01-05', value: -100 },
    ]);
  });

  it('names the line, the column and the reason of each problem', () => {
    const result = validate([
      ['Lead response time', 'Narnia', '2026-01-05', '4'],
      ['Win rate', 'EMEA', '2026-01-05', '4'],
      ['Lead response time', 'EMEA', '2026-01-05', 'four'],
      ['Lead response time', 'EMEA', '05/01/2026', '4'],
      ['Lead response time', 'EMEA', '2026-02-30', '4'],
      ['Lead response time', 'EMEA', '2026-02-02', '4'],
      ['Lead response time', 'EMEA', '2025-01-04', '4'],
      ['', 'EMEA', '2026-01-06', ''],
    ]);
    expect(result.valid).toEqual([]);
    expect(result.invalidRows).toBe(8);
    expect(result.errors).toEqual([
      { line: 2, column: 'Unit', reason: 'Unknown unit "Narnia": use the name or code of one of the pilot’s units or comparison units.' },
      { line: 3, column: 'Metric', reason: 'Unknown metric "Win rate": use the name or catalog key of one of the pilot’s success metrics.' },
      { line: 4, column: 'Value', reason: '"four" is not a number (write it like 1234.5).' },
      { line: 5, column: 'Date', reason: '"05/01/2026" is not a date in the format YYYY-MM-DD.' },
      { line: 6, column: 'Date', reason: '"2026-02-30" is not a date in the format YYYY-MM-DD.' },
      { line: 7, column: 'Date', reason: '2026-02-02 is out of range: dates go from 2025-01-05 to 2026-02-01 (a year before the pilot’s start to its end).' },
      { line: 8, column: 'Date', reason: '2025-01-04 is out of range: dates go from 2025-01-05 to 2026-02-01 (a year before the pilot’s start to its end).' },
      { line: 9, column: 'Metric', reason: 'The metric is empty.' },
      { line: 9, column: 'Value', reason: 'The value is empty.' },
    ]);
  });

  it('flags a repeated metric, unit and date, naming the earlier line, and keeps the first', () => {
    const result = validate([
      ['Lead response time', 'EMEA', '2026-01-05', '4'],
      ['Lead response time', 'EMEA', '2026-01-12', '5'],
      ['lead_response_time', 'R-EMEA', '2026-01-05', '6'],
    ]);
    expect(result.valid.map((row) => row.line)).toEqual([2, 3]);
    expect(result.errors).toEqual([{ line: 4, column: null, reason: 'Duplicate of line 2: same metric, unit and date.' }]);
    expect(result.invalidRows).toBe(1);
  });

  it('skips blank rows without counting them, keeping line numbers', () => {
    const result = validate([['Lead response time', 'EMEA', '2026-01-05', '4'], ['', ' ', '', ''], [''], ['Lead response time', 'DACH', '2026-01-05', 'x']]);
    expect(result.rowsTotal).toBe(2);
    expect(result.errors).toEqual([{ line: 5, column: 'Value', reason: '"x" is not a number (write it like 1234.5).' }]);
  });

  it('reports a mapped column the file does not have, or a field without a column, on line 1 and refuses every row', () => {
    const rows = [['Lead response time', 'EMEA', '2026-01-05', '4']];
    const missing = validate(rows, { mapping: { ...mapping, value: 'Amount' } });
    expect(missing.errors).toEqual([{ line: 1, column: 'Amount', reason: 'The file has no column "Amount" (for the value).' }]);
    expect(missing).toMatchObject({ valid: [], invalidRows: 1, rowsTotal: 1 });
    const unmapped = validate(rows, { mapping: { ...mapping, date: null } });
    expect(unmapped.errors).toEqual([{ line: 1, column: null, reason: 'No column is chosen for the date.' }]);
    expect(unmapped.valid).toEqual([]);
  });

  it('finds mapped columns ignoring case and surrounding spaces, in any order, with extra columns', () => {
    const result = validate([['x', '4', 'EMEA', '2026-01-05', 'Lead response time']], {
      headers: ['Comment', ' VALUE ', 'unit', 'Date', 'Metric'],
      mapping: { metric: 'metric', unit: 'Unit', date: 'date', value: 'Value' },
    });
    expect(result.valid).toEqual([{ line: 2, metricId: 'm-lrt', unitId: 'u-emea', date: '2026-01-05', value: 4 }]);
  });

  it('reads back cells escaped against formula injection (a negative value, a unit named "-East")', () => {
    const result = validate([["'-East", 'Deal margin', '2026-01-05', "'-4"]], {
      headers: ['unit', 'metric', 'date', 'value'],
      mapping: { metric: 'metric', unit: 'unit', date: 'date', value: 'value' },
      units: [{ id: 'u-east', name: '-East', code: 'EAST' }],
    });
    expect(result.valid).toEqual([{ line: 2, metricId: 'm-custom', unitId: 'u-east', date: '2026-01-05', value: -4 }]);
  });

  it('refuses values outside the metric’s range and says the range', () => {
    const result = validate([
      ['Lead response time', 'EMEA', '2026-01-05', '-1'],
      ['Deal margin', 'EMEA', '2026-01-05', '1.7e308'],
      ['Deal margin', 'DACH', '2026-01-05', '-1e12'],
    ]);
    expect(result.errors).toEqual([
      { line: 2, column: 'Value', reason: '-1 is out of range for Lead response time: values go from 0 to 8,760 hours.' },
      { line: 3, column: 'Value', reason: '1.7e308 is out of range for Deal margin: values go from -1,000,000,000,000 to 1,000,000,000,000 $.' },
    ]);
    expect(result.valid.map((row) => row.value)).toEqual([-1e12]);
  });

  it('keeps at most maxErrors errors but counts every invalid row', () => {
    const rows = Array.from({ length: 10 }, () => ['Nope', 'EMEA', '2026-01-05', '1']);
    const result = validate(rows, { maxErrors: 3 });
    expect(result.errors).toHaveLength(3);
    expect(result.invalidRows).toBe(10);
  });

  it('validates chunk by chunk with the same outcome, finding duplicates across chunks', () => {
    const validator = createImportValidator({ headers, mapping, metrics, units, earliestDate: '2025-01-05', latestDate: '2026-02-01' });
    validator.add([['Lead response time', 'EMEA', '2026-01-05', '4']], 2);
    validator.add([['Lead response time', 'EMEA', '2026-01-05', '5']], 3);
    expect(validator.result()).toEqual({
      valid: [{ line: 2, metricId: 'm-lrt', unitId: 'u-emea', date: '2026-01-05', value: 4 }],
      errors: [{ line: 3, column: null, reason: 'Duplicate of line 2: same metric, unit and date.' }],
      invalidRows: 1,
      rowsTotal: 2,
    });
  });
});

describe('importDateRange', () => {
  it('runs from a year before the start to the last day', () => {
    expect(importDateRange({ startDate: '2026-01-05', endDate: '2026-02-01' })).toEqual({ earliestDate: '2025-01-05', latestDate: '2026-02-01' });
    expect(importDateRange({ startDate: '2024-03-01', endDate: '2024-03-29' })).toEqual({ earliestDate: '2023-03-02', latestDate: '2024-03-29' });
  });
});

describe('cells', () => {
  it('parses plain numbers only', () => {
    expect(parseImportNumber(' 12.5 ')).toBe(12.5);
    expect(parseImportNumber('-0.25')).toBe(-0.25);
    expect(parseImportNumber('+3')).toBe(3);
    expect(parseImportNumber('.5')).toBe(0.5);
    expect(parseImportNumber('1.5E3')).toBe(1500);
    for (const text of ['', 'abc', '1,5', '1 000', '12%', '0x10', 'Infinity', 'NaN', '1e999', '--1']) expect(parseImportNumber(text)).toBeNull();
  });

  it('parses real YYYY-MM-DD days only', () => {
    expect(parseImportDate('2026-01-05')).toBe('2026-01-05');
    expect(parseImportDate(' 2024-02-29 ')).toBe('2024-02-29');
    for (const text of ['2025-02-29', '2026-13-01', '2026-1-5', '05.01.2026', '2026-01-05T00:00:00Z', '']) expect(parseImportDate(text)).toBeNull();
  });

  it('neutralizes formula cells with a leading apostrophe, and reads them back', () => {
    for (const text of ['=SUM(A1:A2)', '+1+1', '-2+3', '@cmd', '\tx', '\rx', '＝HYPERLINK("http://evil.example")', '＋1', '－1', '＠SUM(1)']) {
      expect(escapeSpreadsheetCell(text)).toBe(`'${text}`);
      expect(unescapeSpreadsheetCell(escapeSpreadsheetCell(text))).toBe(text);
    }
    expect(escapeSpreadsheetCell('EMEA')).toBe('EMEA');
    expect(escapeSpreadsheetCell("'quoted")).toBe("'quoted");
    expect(unescapeSpreadsheetCell("'quoted")).toBe("'quoted");
    expect(escapeSpreadsheetCell(-4.5)).toBe('-4.5');
    expect(escapeSpreadsheetCell(null)).toBe('');
    expect(escapeSpreadsheetCell(undefined)).toBe('');
  });
});

describe('checkMeasurementsWritable', () => {
  it('allows values until the pilot is decided', () => {
    for (const status of ['planned', 'running', 'in_review'] as const) expect(() => checkMeasurementsWritable({ status })).not.toThrow();
    expect(() => checkMeasurementsWritable({ status: 'decided' })).toThrow('The pilot is decided: its measurements are final and can no longer change.');
  });
});
