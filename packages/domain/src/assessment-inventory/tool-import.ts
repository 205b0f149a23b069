import { hiddenCharacterProblem, localDate } from '../common/fields.js';
import {
  guessColumns,
  isBlankRow,
  lookupBy,
  lookupKey,
  resolveColumns,
  unescapeSpreadsheetCell,
  type ImportRowError,
  type TableImportPreview,
  type TableImportResult,
  type TableImportValidation,
} from '../common/file-import.js';
import { MAX_ANNUAL_COST, TOOL_CATEGORIES, TOOL_CATEGORY_LABELS, type ToolCategory, type ToolFileColumn } from './tool-inventory.js';

// Importing the tool inventory from a spreadsheet (the export's columns, or any the user maps).
// Pure: the API reads the file into rows of text, this decides what each row means and which
// tool of the inventory it updates.

export const TOOL_IMPORT_FIELDS = ['name', 'category', 'units', 'annualCost', 'owner', 'renewalDate'] as const;
export type ToolImportField = (typeof TOOL_IMPORT_FIELDS)[number];
/** Which file column holds each field (header names as in the file); units, owner and renewal may have none. */
export type ToolImportMapping = Record<ToolImportField, string | null>;

export const TOOL_IMPORT_OPTIONAL_FIELDS: readonly ToolImportField[] = ['units', 'owner', 'renewalDate'];

/** The fields as people name them: the export's headers. */
export const TOOL_IMPORT_FIELD_LABELS: Record<ToolImportField, ToolFileColumn> = {
  name: 'Tool',
  category: 'Category',
  units: 'Units',
  annualCost: 'Annual cost (USD)',
  owner: 'Owner',
  renewalDate: 'Renewal date',
};
const HEADER_CANDIDATES: Record<ToolImportField, readonly string[]> = {
  name: ['Tool', 'toolname', 'name', 'product', 'vendor'],
  category: ['Category', 'type', 'kind'],
  units: ['Units', 'unitsusingit', 'usedby', 'unit', 'teams', 'regions'],
  annualCost: ['Annual cost (USD)', 'annualcost', 'cost', 'yearlycost', 'annualspend', 'spend', 'price'],
  owner: ['Owner', 'toolowner', 'ownedby', 'admin'],
  renewalDate: ['Renewal date', 'renewal', 'contractrenewal', 'renews', 'renewson'],
};

/** Guesses the mapping from the header row; the export's own headers are always recognised. */
export function guessToolImportMapping(headers: readonly string[]): ToolImportMapping {
  return guessColumns(TOOL_IMPORT_FIELDS, HEADER_CANDIDATES, headers);
}

export interface ToolImportContext {
  headers: readonly string[];
  mapping: Partial<ToolImportMapping>;
  /** The program's units: a row names those using the tool by name or code. */
  units: readonly { id: string; name: string; code: string }[];
  /** Active people of the organization: an owner naming one (by name or email) links to the account. */
  people: readonly { id: string; name: string; email: string }[];
}

/** A tool to write, with what the inventory stores. */
export interface ToolImportRow {
  line: number;
  name: string;
  category: ToolCategory;
  unitIds: string[];
  annualCost: number;
  ownerId: string | null;
  /** A named person without an account ('' when the owner is an account or nobody). */
  ownerName: string;
  renewalDate: string | null;
}

export type ToolImportValidation = TableImportValidation<ToolImportRow>;

/** What a tool file would do (the preview route's answer): "new" rows add a tool, the others update the tool of that name. */
export interface ToolImportPreview extends TableImportPreview<ToolImportField> {
  /** Tools of the inventory the file does not name: an import never removes them. */
  toolsNotInFile: number;
}

export type ToolImportResult = TableImportResult;

const CATEGORY_NAMES = new Map<string, ToolCategory>(
  TOOL_CATEGORIES.flatMap((category) => [
    [lookupKey(TOOL_CATEGORY_LABELS[category]), category],
    [lookupKey(category), category],
    [lookupKey(category.replace(/_/g, ' ')), category],
  ]),
);
// Names people use for a category beside its label.
for (const [alias, category] of [
  ['analytics', 'analytics_bi'],
  ['bi', 'analytics_bi'],
  ['cpq', 'cpq'],
  ['customer success', 'cs_platform'],
  ['enrichment', 'enrichment'],
  ['marketing', 'marketing_automation'],
] as const)
  CATEGORY_NAMES.set(alias, category);
const CATEGORY_CHOICES = TOOL_CATEGORIES.map((category) => TOOL_CATEGORY_LABELS[category]).join(', ');

const MAX_TOOL_NAME = 120;
const MAX_OWNER_NAME = 120;
const MAX_UNITS_PER_TOOL = 200;

/** "$310,000", "310000", "310000.00", "USD 1 200" → whole dollars; undefined when it is not an amount of whole dollars. */
function parseAnnualCost(text: string): number | undefined {
  const plain = text.replace(/usd|us\$|\$/gi, '').replace(/[\s,\u00A0\u202F]/g, '');
  if (!/^-?\d+(\.0+)?$/.test(plain)) return undefined;
  return Number(plain.replace(/\.0+$/, ''));
}

/** The unit names of a cell: the export separates them with "; ", people also with commas or new lines. */
function unitNames(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * Checks every data row of a tool file: the tool's name (1–120 characters, no hidden characters,
 * once per file); the category one of the inventory's (label or value, "BI" and a few other
 * common names too); the units using it, of the program, separated by ";" or commas; the annual
 * cost in whole dollars from 0 to $1bn ("$310,000" reads); the owner a person of the organization
 * (by name or email) or any name up to 120 characters; the renewal date YYYY-MM-DD or empty.
 * Blank rows are skipped; `rows[0]` is line `firstLine` (2 when the header is line 1).
 */
export function validateToolImport(context: ToolImportContext, rows: readonly (readonly string[])[], firstLine = 2): ToolImportValidation {
  const units = lookupBy(context.units, (unit) => [unit.code, unit.name]);
  const people = lookupBy(context.people, (person) => [person.email, person.name]);
  const { columns, fileErrors } = resolveColumns(TOOL_IMPORT_FIELDS, TOOL_IMPORT_FIELD_LABELS, context.headers, context.mapping, TOOL_IMPORT_OPTIONAL_FIELDS);
  const headerOf = (field: ToolImportField) => (context.headers[columns[field] ?? -1] ?? '').trim() || TOOL_IMPORT_FIELD_LABELS[field];
  const result: ToolImportValidation = { valid: [], errors: [...fileErrors], rowsTotal: 0, invalidRows: 0 };
  const firstLineOf = new Map<string, number>();

  rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    result.rowsTotal += 1;
    if (fileErrors.length > 0) {
      result.invalidRows += 1;
      return;
    }
    const line = firstLine + index;
    const cell = (field: ToolImportField) => (columns[field] === undefined ? '' : unescapeSpreadsheetCell((row[columns[field]] ?? '').trim()));
    const rowErrors: ImportRowError[] = [];
    const fail = (field: ToolImportField | null, reason: string) => rowErrors.push({ line, column: field === null ? null : headerOf(field), reason });

    const name = cell('name');
    const nameProblem = hiddenCharacterProblem(name);
    if (name === '') fail('name', 'The tool’s name is empty.');
    else if (name.length > MAX_TOOL_NAME) fail('name', `The tool’s name has ${name.length} characters: keep it to ${MAX_TOOL_NAME}.`);
    else if (nameProblem) fail('name', nameProblem);

    const categoryText = cell('category');
    const category = CATEGORY_NAMES.get(lookupKey(categoryText));
    if (categoryText === '') fail('category', `The category is empty: use ${CATEGORY_CHOICES}.`);
    else if (!category) fail('category', `Unknown category "${categoryText}": use ${CATEGORY_CHOICES}.`);

    const unitIds = new Set<string>();
    for (const listed of unitNames(cell('units'))) {
      // A name with a comma is one unit's own name when the program has it, else a list.
      const names = units.has(lookupKey(listed)) ? [listed] : listed.split(',').map((part) => part.trim()).filter((part) => part !== '');
      for (const unitName of names) {
        const unit = units.get(lookupKey(unitName));
        if (unit) unitIds.add(unit.id);
        else fail('units', `Unknown unit "${unitName}": use the names or codes of the program’s units, separated by semicolons.`);
      }
    }
    if (unitIds.size > MAX_UNITS_PER_TOOL) fail('units', `A tool can list at most ${MAX_UNITS_PER_TOOL} units.`);

    const costText = cell('annualCost');
    const annualCost = parseAnnualCost(costText);
    if (costText === '') fail('annualCost', 'The annual cost is empty: enter it in whole dollars (0 for a free tool).');
    else if (annualCost === undefined) fail('annualCost', `"${costText}" is not an amount in whole dollars, such as 120000.`);
    else if (annualCost < 0) fail('annualCost', 'The annual cost cannot be negative.');
    else if (annualCost > MAX_ANNUAL_COST) fail('annualCost', 'The annual cost can be at most $1,000,000,000.');

    const ownerText = cell('owner');
    const person = ownerText === '' ? undefined : people.get(lookupKey(ownerText));
    if (ownerText.length > MAX_OWNER_NAME) fail('owner', `The owner has ${ownerText.length} characters: keep it to ${MAX_OWNER_NAME}.`);

    const renewalText = cell('renewalDate');
    if (renewalText !== '') {
      const parsed = localDate.safeParse(renewalText);
      if (!parsed.success) fail('renewalDate', `The renewal date "${renewalText}" cannot be used. ${parsed.error.issues[0]?.message ?? ''}`.trim());
    }

    if (rowErrors.length === 0 && category && annualCost !== undefined) {
      const earlier = firstLineOf.get(lookupKey(name));
      if (earlier !== undefined) {
        fail(null, `Duplicate of line ${earlier}: the same tool twice.`);
      } else {
        firstLineOf.set(lookupKey(name), line);
        result.valid.push({
          line,
          name,
          category,
          unitIds: [...unitIds],
          annualCost,
          ownerId: person?.id ?? null,
          ownerName: person ? '' : ownerText,
          renewalDate: renewalText === '' ? null : renewalText,
        });
        return;
      }
    }
    result.invalidRows += 1;
    result.errors.push(...rowErrors);
  });
  return result;
}

/** A tool of the inventory as the import compares it. */
export interface ExistingTool {
  id: string;
  version: number;
  name: string;
  category: ToolCategory;
  unitIds: readonly string[];
  annualCost: number;
  ownerId: string | null;
  ownerName: string;
  renewalDate: string | null;
}

export type PlannedToolImport =
  | { kind: 'new'; row: ToolImportRow }
  | { kind: 'changed' | 'unchanged'; row: ToolImportRow; existing: ExistingTool };

const sameUnits = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Whether importing the row would leave the tool as it is (units in any order). */
export function sameTool(existing: ExistingTool, row: ToolImportRow): boolean {
  return (
    existing.name === row.name &&
    existing.category === row.category &&
    sameUnits(existing.unitIds, row.unitIds) &&
    existing.annualCost === row.annualCost &&
    existing.ownerId === row.ownerId &&
    existing.ownerName === row.ownerName &&
    existing.renewalDate === row.renewalDate
  );
}

/**
 * What each valid row does to the inventory: a row updates the tool of the same name (without
 * case or surrounding spaces; the first such tool when two share it), or adds one. Tools the file
 * does not name stay as they are (`notInFile` counts them).
 */
export function planToolImport(rows: readonly ToolImportRow[], existing: readonly ExistingTool[]): { plan: PlannedToolImport[]; notInFile: number } {
  const byName = lookupBy(existing, (tool) => [tool.name]);
  const named = new Set<string>();
  const plan = rows.map((row): PlannedToolImport => {
    const tool = byName.get(lookupKey(row.name));
    if (!tool) return { kind: 'new', row };
    named.add(tool.id);
    return { kind: sameTool(tool, row) ? 'unchanged' : 'changed', row, existing: tool };
  });
  return { plan, notInFile: existing.filter((tool) => !named.has(tool.id)).length };
}
