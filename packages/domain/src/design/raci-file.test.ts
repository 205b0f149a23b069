import { describe, expect, it } from 'vitest';
import { planRaciImport, raciFileTable, validateRaciImport } from './raci-file.js';
import { validateRaci, type RaciMatrix } from './raci.js';

const roles = [
  { id: 'head', name: 'Head/VP RevOps', side: 'hub' as const },
  { id: 'partner', name: 'Regional RevOps partner', side: 'spoke' as const },
  { id: 'finance', name: 'Finance', side: 'hub' as const },
];
const domains = [
  { id: 'forecasting', name: 'Forecasting', activityId: null },
  { id: 'legacy', name: '-Legacy quotas', activityId: null },
  { id: 'routing', name: 'Lead routing', activityId: null },
];
const matrix: RaciMatrix = {
  domains,
  roles,
  cells: [
    { domainId: 'forecasting', roleId: 'head', value: 'A' },
    { domainId: 'forecasting', roleId: 'partner', value: 'R' },
    { domainId: 'legacy', roleId: 'finance', value: 'I' },
  ],
};
const context = { domains, roles };

describe('raciFileTable', () => {
  it('writes a Domain column and one column per role, escaping a name that starts like a formula, and imports again unchanged', () => {
    const table = raciFileTable(matrix);
    expect(table).toEqual({
      headers: ['Domain', 'Head/VP RevOps', 'Regional RevOps partner', 'Finance'],
      rows: [
        ['Forecasting', 'A', 'R', ''],
        ["'-Legacy quotas", '', '', 'I'],
        ['Lead routing', '', '', ''],
      ],
    });
    const imported = validateRaciImport(context, table.headers, table.rows);
    expect(imported.errors).toEqual([]);
    expect(imported.valid.map((row) => row.domainId)).toEqual(['forecasting', 'legacy', 'routing']);
    expect(planRaciImport(imported.valid, matrix.cells).map((step) => [step.kind, step.changes.length])).toEqual([
      ['unchanged', 0],
      ['unchanged', 0],
      ['unchanged', 0],
    ]);
  });
});

describe('validateRaciImport', () => {
  it('reads long forms and any case, columns in any order, leaves roles without a column alone, and skips blank rows', () => {
    const result = validateRaciImport(context, ['Finance', 'decision domain', ' head/vp revops '], [
      ['Consulted', 'forecasting', 'accountable'],
      ['', '', ''],
      ['i', 'Lead routing', ''],
    ]);
    expect(result).toEqual({
      valid: [
        { line: 2, domainId: 'forecasting', cells: [{ roleId: 'finance', value: 'C' }, { roleId: 'head', value: 'A' }] },
        { line: 4, domainId: 'routing', cells: [{ roleId: 'finance', value: 'I' }, { roleId: 'head', value: null }] },
      ],
      errors: [],
      rowsTotal: 2,
      invalidRows: 0,
    });
  });

  it('names line, column and reason for unknown and repeated domains, bad letters and values without a role; two Accountables are not its business', () => {
    const headers = ['Domain', 'Head/VP RevOps', 'Regional RevOps partner', ''];
    const result = validateRaciImport(context, headers, [
      ['Forecasting', 'A', 'A', ''], // two A's: written, the matrix will show the error
      ['Pipeline visibility', 'R', '', ''],
      ['Lead routing', 'X', 'Resp', ''],
      ['forecasting', 'R', '', ''],
      ['', 'R', '', ''],
      ['-Legacy quotas', '', '', 'C', 'I'], // a value under a blank header, and one past the last header
    ]);
    expect(result.errors).toEqual([
      { line: 3, column: 'Domain', reason: 'Unknown domain "Pipeline visibility": use the names of the RACI’s domains, or add the domain first.' },
      { line: 4, column: 'Head/VP RevOps', reason: '"X" is not a RACI letter: use R, A, C or I (or Responsible, Accountable, Consulted, Informed), or leave the cell empty.' },
      { line: 4, column: 'Regional RevOps partner', reason: '"Resp" is not a RACI letter: use R, A, C or I (or Responsible, Accountable, Consulted, Informed), or leave the cell empty.' },
      { line: 5, column: 'Domain', reason: 'Duplicate of line 2: the same domain twice.' },
      { line: 6, column: 'Domain', reason: 'The domain is empty.' },
      { line: 7, column: null, reason: '"C" is in a column without a role: name the role in line 1, or clear the column.' },
      { line: 7, column: null, reason: '"I" is in a column without a role: name the role in line 1, or clear the column.' },
    ]);
    expect(result).toMatchObject({ rowsTotal: 6, invalidRows: 5 });
    expect(result.valid).toEqual([{ line: 2, domainId: 'forecasting', cells: [{ roleId: 'head', value: 'A' }, { roleId: 'partner', value: 'A' }] }]);
    // The same row in the matrix is an error of the matrix.
    const written = result.valid.flatMap((row) => row.cells.flatMap(({ roleId, value }) => (value === null ? [] : [{ domainId: row.domainId, roleId, value }])));
    const forecasting = validateRaci({ domains: [{ id: 'forecasting', name: 'Forecasting', activityId: null }], roles, cells: written }, { activities: [], placements: [] });
    expect(forecasting.errors.map((error) => error.kind)).toEqual(['several_accountable', 'no_responsible']);
  });

  it('fails every row on line 1 for an unknown role, a role twice, or no Domain column', () => {
    const rows = [['Forecasting', 'A', 'R']];
    expect(validateRaciImport(context, ['Domain', 'CRO', 'finance', 'Finance'], [['Forecasting', 'A', 'R', '']])).toEqual({
      valid: [],
      errors: [
        { line: 1, column: 'CRO', reason: 'Unknown role "CRO": use the names of the RACI’s roles (Head/VP RevOps, Regional RevOps partner, Finance), or add the role first.' },
        { line: 1, column: 'Finance', reason: 'A second column for Finance: keep one.' },
      ],
      rowsTotal: 1,
      invalidRows: 1,
    });
    expect(validateRaciImport(context, ['Area', 'Finance', 'Head/VP RevOps'], rows).errors).toEqual([{ line: 1, column: null, reason: 'No column is chosen for the Domain.' }]);
    // Mapped by hand, the same file reads.
    expect(validateRaciImport({ ...context, mapping: { domain: 'Area' } }, ['Area', 'Finance', 'Head/VP RevOps'], rows).valid).toEqual([
      { line: 2, domainId: 'forecasting', cells: [{ roleId: 'finance', value: 'A' }, { roleId: 'head', value: 'R' }] },
    ]);
  });
});

describe('planRaciImport', () => {
  it('counts a row filling an empty domain as new, one changing cells as changed, and lists each change', () => {
    const { valid } = validateRaciImport(context, ['Domain', 'Head/VP RevOps', 'Regional RevOps partner', 'Finance'], [
      ['Forecasting', 'A', '', 'C'], // partner R → empty, finance empty → C
      ['Lead routing', 'R', 'A', ''], // no cell today
      ['-Legacy quotas', '', '', 'I'], // as it is
    ]);
    const plan = planRaciImport(valid, matrix.cells);
    expect(plan.map((step) => [step.kind, step.changes])).toEqual([
      [
        'changed',
        [
          { domainId: 'forecasting', roleId: 'partner', from: 'R', to: null },
          { domainId: 'forecasting', roleId: 'finance', from: null, to: 'C' },
        ],
      ],
      [
        'new',
        [
          { domainId: 'routing', roleId: 'head', from: null, to: 'R' },
          { domainId: 'routing', roleId: 'partner', from: null, to: 'A' },
        ],
      ],
      ['unchanged', []],
    ]);
  });
});
