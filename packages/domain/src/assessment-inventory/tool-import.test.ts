import { describe, expect, it } from 'vitest';
import { importRefusalMessage, parseImportMapping } from '../common/file-import.js';
import { guessToolImportMapping, planToolImport, TOOL_IMPORT_FIELDS, validateToolImport, type ExistingTool, type ToolImportContext } from './tool-import.js';
import { TOOL_FILE_COLUMNS } from './tool-inventory.js';

const headers = [...TOOL_FILE_COLUMNS];
const context: ToolImportContext = {
  headers,
  mapping: guessToolImportMapping(headers),
  units: [
    { id: 'u-emea', name: 'EMEA', code: 'EU' },
    { id: 'u-apac', name: 'APAC', code: 'AP' },
    { id: 'u-na', name: 'North America, East', code: 'NAE' },
  ],
  people: [{ id: 'p-maya', name: 'Maya Chen', email: 'maya@example.com' }],
};
/** A row in the export's column order: tool, category, units, annual cost, owner, renewal date. */
const row = (name: string, category: string, units: string, cost: string, owner = '', renewal = '') => [name, category, units, cost, owner, renewal];

describe('guessToolImportMapping', () => {
  it('recognises the export’s own headers, and common spellings', () => {
    expect(guessToolImportMapping(headers)).toEqual({ name: 'Tool', category: 'Category', units: 'Units', annualCost: 'Annual cost (USD)', owner: 'Owner', renewalDate: 'Renewal date' });
    expect(guessToolImportMapping(['Vendor', 'Type', 'Yearly cost', 'Renews on'])).toEqual({
      name: 'Vendor',
      category: 'Type',
      units: null,
      annualCost: 'Yearly cost',
      owner: null,
      renewalDate: 'Renews on',
    });
  });
});

describe('validateToolImport', () => {
  it('reads labels, values and common names of categories, unit names and codes, amounts with $ and commas, and owners by name or email', () => {
    const result = validateToolImport(context, [
      row('Looker', 'Analytics / BI', 'EMEA; AP', '$120,000', 'maya@example.com', '2027-03-31'),
      row('Tableau', 'bi', 'eu, apac', '95000.00', 'Sam (vendor)'),
      row('Outreach', 'sales_engagement', 'North America, East', '0', 'maya chen'),
      row('Clari', 'Forecasting', '', 'USD 40 000'),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.valid).toEqual([
      { line: 2, name: 'Looker', category: 'analytics_bi', unitIds: ['u-emea', 'u-apac'], annualCost: 120_000, ownerId: 'p-maya', ownerName: '', renewalDate: '2027-03-31' },
      { line: 3, name: 'Tableau', category: 'analytics_bi', unitIds: ['u-emea', 'u-apac'], annualCost: 95_000, ownerId: null, ownerName: 'Sam (vendor)', renewalDate: null },
      // A unit whose own name has a comma is one unit, not two.
      { line: 4, name: 'Outreach', category: 'sales_engagement', unitIds: ['u-na'], annualCost: 0, ownerId: 'p-maya', ownerName: '', renewalDate: null },
      { line: 5, name: 'Clari', category: 'forecasting', unitIds: [], annualCost: 40_000, ownerId: null, ownerName: '', renewalDate: null },
    ]);
  });

  it('names line, column and reason for each bad cell, counts a row once however many cells are bad, and refuses a tool named twice', () => {
    const result = validateToolImport(context, [
      row('', 'CRM', '', '1000'),
      row('Gong', 'Conversation magic', 'Narnia', '12.5k', '', '2027-02-30'),
      row('HubSpot', 'CRM', '', '-5'),
      row('Salesforce', 'CRM', 'EMEA', '300000'),
      ['', '', '', '', '', ''],
      row('salesforce ', 'CRM', '', '1'),
    ]);
    expect(result.errors).toEqual([
      { line: 2, column: 'Tool', reason: 'The tool’s name is empty.' },
      {
        line: 3,
        column: 'Category',
        reason:
          'Unknown category "Conversation magic": use CRM, Marketing automation, Sales engagement, Customer success platform, Analytics / BI, Data enrichment, CPQ (configure, price, quote), Forecasting, Other.',
      },
      { line: 3, column: 'Units', reason: 'Unknown unit "Narnia": use the names or codes of the program’s units, separated by semicolons.' },
      { line: 3, column: 'Annual cost (USD)', reason: '"12.5k" is not an amount in whole dollars, such as 120000.' },
      { line: 3, column: 'Renewal date', reason: 'The renewal date "2027-02-30" cannot be used. This date does not exist.' },
      { line: 4, column: 'Annual cost (USD)', reason: 'The annual cost cannot be negative.' },
      { line: 7, column: null, reason: 'Duplicate of line 5: the same tool twice.' },
    ]);
    expect(result.valid.map((valid) => valid.name)).toEqual(['Salesforce']);
    // The blank line is not a row; four of the five rows are refused.
    expect(result).toMatchObject({ rowsTotal: 5, invalidRows: 4 });
    expect(importRefusalMessage(result.invalidRows, result.errors)).toBe('4 rows have errors (line 2: The tool’s name is empty.): preview the file and fix them.');
  });

  it('needs a column for the tool, the category and the cost; a mapped column the file lacks fails every row on line 1', () => {
    const result = validateToolImport({ ...context, mapping: { name: 'Tool', category: null, annualCost: 'Price' } }, [row('Looker', 'BI', '', '1')]);
    expect(result.errors).toEqual([
      { line: 1, column: null, reason: 'No column is chosen for the Category.' },
      { line: 1, column: 'Price', reason: 'The file has no column "Price" (for the Annual cost (USD)).' },
    ]);
    expect(result).toMatchObject({ valid: [], rowsTotal: 1, invalidRows: 1 });
  });
});

describe('planToolImport', () => {
  const looker: ExistingTool = { id: 't-1', version: 3, name: 'Looker', category: 'analytics_bi', unitIds: ['u-apac', 'u-emea'], annualCost: 120_000, ownerId: 'p-maya', ownerName: '', renewalDate: '2027-03-31' };
  const tableau: ExistingTool = { ...looker, id: 't-2', name: 'Tableau', annualCost: 95_000 };
  const gong: ExistingTool = { ...looker, id: 't-3', name: 'Gong', category: 'other' };

  it('updates the tool of the same name (any case), adds the others, leaves tools the file does not name, and sees units in any order as unchanged', () => {
    const { valid } = validateToolImport(context, [
      row('LOOKER', 'BI', 'EU; AP', '120000', 'Maya Chen', '2027-03-31'),
      row('Tableau', 'BI', 'EU; AP', '80000', 'Maya Chen', '2027-03-31'),
      row('Clari', 'Forecasting', '', '40000'),
    ]);
    const { plan, notInFile } = planToolImport(valid, [looker, tableau, gong]);
    expect(plan.map((step) => [step.row.name, step.kind, step.kind === 'new' ? null : step.existing.id])).toEqual([
      // Only the name's case differs: a rename, so a change.
      ['LOOKER', 'changed', 't-1'],
      ['Tableau', 'changed', 't-2'],
      ['Clari', 'new', null],
    ]);
    expect(notInFile).toBe(1);

    const again = planToolImport(validateToolImport(context, [row('Looker', 'BI', 'AP; EU', '120000', 'maya@example.com', '2027-03-31')]).valid, [looker]);
    expect(again.plan.map((step) => step.kind)).toEqual(['unchanged']);
  });
});

describe('parseImportMapping', () => {
  it('reads the JSON a client sends, absent fields as null, and refuses anything else', () => {
    expect(parseImportMapping(TOOL_IMPORT_FIELDS, '{"name":"Tool","category":"Type","annualCost":"Cost","owner":null}')).toEqual({
      name: 'Tool',
      category: 'Type',
      units: null,
      annualCost: 'Cost',
      owner: null,
      renewalDate: null,
    });
    expect(parseImportMapping(TOOL_IMPORT_FIELDS, '{"name":42}')).toBeNull();
    expect(parseImportMapping(TOOL_IMPORT_FIELDS, 'not json')).toBeNull();
    expect(parseImportMapping(TOOL_IMPORT_FIELDS, undefined)).toBeNull();
  });
});
