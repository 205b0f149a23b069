import { describe, expect, it } from 'vitest';
import { GRID_FILE_COLUMNS } from './assessment-file.js';
import { guessGridImportMapping, validateGridImport, type GridImportContext } from './grid-import.js';

const headers = [...GRID_FILE_COLUMNS];
const context = (actor: GridImportContext['actor'] = { role: 'program_manager', scopeUnitIds: [] }): GridImportContext => ({
  headers,
  mapping: guessGridImportMapping(headers),
  activities: [
    { id: 'a-dash', name: 'Dashboards' },
    { id: 'a-route', name: 'Lead routing' },
  ],
  units: [
    { id: 'u-emea', name: 'EMEA', code: 'EU' },
    { id: 'u-apac', name: 'APAC', code: 'AP' },
  ],
  actor,
});
/** A row in the export's column order: capability, activity, unit, who, maturity, note. */
const row = (activity: string, unit: string, who: string, maturity = '', note = '') => ['Data & insights', activity, unit, who, maturity, note];

describe('guessGridImportMapping', () => {
  it('recognises the export’s own headers', () => {
    expect(guessGridImportMapping(headers)).toEqual({ activity: 'Activity', unit: 'Unit', performer: 'Who does it', maturity: 'Maturity', note: 'Note' });
  });
  it('recognises common spellings and leaves unknown fields unmapped', () => {
    expect(guessGridImportMapping(['activity_name', 'Team', 'Performer'])).toEqual({ activity: 'activity_name', unit: 'Team', performer: 'Performer', maturity: null, note: null });
  });
});

describe('validateGridImport', () => {
  it('reads names, codes, labels and values case-insensitively, the central team included', () => {
    const result = validateGridImport(context(), [
      row('dashboards', 'Central team', 'Central team', '4', 'One BI team'),
      row('Dashboards', 'eu', 'the unit itself', 'Defined'),
      row('Lead routing', 'APAC', 'both', ''),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.valid).toEqual([
      { line: 2, activityId: 'a-dash', unitId: null, performer: 'central', maturity: 4, note: 'One BI team' },
      { line: 3, activityId: 'a-dash', unitId: 'u-emea', performer: 'local', maturity: 3, note: '' },
      { line: 4, activityId: 'a-route', unitId: 'u-apac', performer: 'both', maturity: null, note: '' },
    ]);
  });

  it('names line, column and reason for each bad cell', () => {
    const result = validateGridImport(context(), [
      row('Forecast magic', 'EMEA', 'Both', '2'),
      row('Dashboards', 'Narnia', 'Both', '2'),
      row('Dashboards', 'EMEA', 'Sometimes', '2'),
      row('Dashboards', 'APAC', 'Nobody', '6'),
      row('Lead routing', 'EMEA', '', '3'),
    ]);
    expect(result.errors).toEqual([
      { line: 2, column: 'Activity', reason: 'Unknown activity "Forecast magic": use the name of an activity in the program’s catalog.' },
      { line: 3, column: 'Unit', reason: 'Unknown unit "Narnia": use the name or code of one of the program’s units, or Central team.' },
      { line: 4, column: 'Who does it', reason: 'Unknown answer "Sometimes" for who does it: use Central team, The unit itself, Both, Nobody.' },
      { line: 5, column: 'Maturity', reason: 'Maturity "6" is not 1 to 5: use a whole number from 1 to 5, or leave it empty.' },
      { line: 6, column: 'Who does it', reason: 'Who does it is empty: use Central team, The unit itself, Both, Nobody.' },
    ]);
    expect([result.valid, result.invalidRows, result.rowsTotal]).toEqual([[], 5, 5]);
  });

  it('refuses a second row for the same cell, naming the earlier line', () => {
    const result = validateGridImport(context(), [row('Dashboards', 'EMEA', 'Both'), [], row('dashboards', 'EU', 'Nobody')]);
    expect(result.errors).toEqual([{ line: 4, column: null, reason: 'Duplicate of line 2: same activity and unit.' }]);
    expect(result.valid.map((valid) => valid.line)).toEqual([2]);
  });

  it('counts rows that leave a cell empty apart and skips blank rows', () => {
    const result = validateGridImport(context(), [row('Dashboards', 'EMEA', ''), ['', ' ', ''], row('Lead routing', 'EMEA', 'Both')]);
    expect([result.rowsTotal, result.rowsEmpty, result.valid.length, result.errors]).toEqual([2, 1, 1, []]);
  });

  it('lets a regional partner import only their units’ rows', () => {
    const result = validateGridImport(context({ role: 'regional_partner', scopeUnitIds: ['u-emea'] }), [
      row('Dashboards', 'EMEA', 'Both'),
      row('Dashboards', 'APAC', 'Both'),
      row('Dashboards', 'Central team', 'Central team'),
    ]);
    expect(result.valid.map((valid) => valid.unitId)).toEqual(['u-emea']);
    expect(result.errors).toEqual([
      { line: 3, column: 'Unit', reason: 'Not your unit: APAC is reported by its own partners or the program’s leads.' },
      { line: 4, column: 'Unit', reason: 'Not your unit: the central team’s rows are filled by the program’s leads.' },
    ]);
  });

  it('reads escaped formula text back and refuses an over-long note', () => {
    const result = validateGridImport(context(), [row('Dashboards', 'EMEA', 'Both', '1', "'=SUM(A1)"), row('Lead routing', 'EMEA', 'Both', '1', 'x'.repeat(1001))]);
    expect(result.valid[0]?.note).toBe('=SUM(A1)');
    expect(result.errors).toEqual([{ line: 3, column: 'Note', reason: 'The note has 1001 characters: keep it to 1000.' }]);
  });

  it('fails the whole file on line 1 when a required column is missing', () => {
    const result = validateGridImport({ ...context(), mapping: { activity: 'Activity', unit: 'Region', performer: null } }, [row('Dashboards', 'EMEA', 'Both')]);
    expect(result.errors).toEqual([
      { line: 1, column: 'Region', reason: 'The file has no column "Region" (for the Unit).' },
      { line: 1, column: null, reason: 'No column is chosen for the Who does it.' },
    ]);
    expect([result.valid, result.invalidRows]).toEqual([[], 1]);
  });
});
