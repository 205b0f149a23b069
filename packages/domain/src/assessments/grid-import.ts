import { isInUnitScope } from '../access/policy.js';
import type { Actor } from '../access/roles.js';
import { guessColumns, isBlankRow, lookupBy, lookupKey, resolveColumns, unescapeSpreadsheetCell, type ImportRowError, type TableImportPreview, type TableImportResult, type TableImportValidation } from '../common/file-import.js';
import { CENTRAL_TEAM_LABEL, MATURITY_LABELS, MAX_MATURITY, MIN_MATURITY, WORK_PERFORMER_LABELS, WORK_PERFORMERS, type WorkPerformer } from './assessment.types.js';

// Importing the assessment grid from a spreadsheet (the export's columns, or any the user maps).
// Pure: the API reads the file into rows of text, this decides what each row means.

export const GRID_IMPORT_FIELDS = ['activity', 'unit', 'performer', 'maturity', 'note'] as const;
export type GridImportField = (typeof GRID_IMPORT_FIELDS)[number];
/** Which file column holds each field (header names as in the file); maturity and note may have none. */
export type GridImportMapping = Record<GridImportField, string | null>;

const OPTIONAL_FIELDS: readonly GridImportField[] = ['maturity', 'note'];
/** The fields as people name them: the export's headers. */
export const GRID_IMPORT_FIELD_LABELS: Record<GridImportField, string> = {
  activity: 'Activity',
  unit: 'Unit',
  performer: 'Who does it',
  maturity: 'Maturity',
  note: 'Note',
};
const HEADER_CANDIDATES: Record<GridImportField, readonly string[]> = {
  activity: ['Activity', 'activityname'],
  unit: ['Unit', 'unitname', 'unitcode', 'team', 'region'],
  performer: ['Who does it', 'who', 'performer', 'doneby'],
  maturity: ['Maturity', 'maturitylevel', 'level'],
  note: ['Note', 'notes', 'comment', 'comments'],
};

/** Guesses the mapping from the header row; the export's own headers are always recognised. */
export function guessGridImportMapping(headers: readonly string[]): GridImportMapping {
  return guessColumns(GRID_IMPORT_FIELDS, HEADER_CANDIDATES, headers);
}

/** Longest note a cell keeps (the grid's own limit). */
export const MAX_GRID_NOTE_LENGTH = 1000;

export interface GridImportContext {
  headers: readonly string[];
  mapping: Partial<GridImportMapping>;
  /** The program's catalog: a row names an activity by name. */
  activities: readonly { id: string; name: string }[];
  /** The program's units: a row names one by name or code, or the central team. */
  units: readonly { id: string; name: string; code: string }[];
  /** Who imports: regional partners write only their units' rows. */
  actor: Pick<Actor, 'role' | 'scopeUnitIds'>;
}

/** A row to write: one cell of the grid (`unitId` null = the central team's). */
export interface GridImportRow {
  line: number;
  activityId: string;
  unitId: string | null;
  performer: WorkPerformer;
  maturity: number | null;
  note: string;
}

export interface GridImportValidation extends TableImportValidation<GridImportRow> {
  /** Rows naming a cell but leaving it empty (no one, no maturity, no note): nothing to write. */
  rowsEmpty: number;
}

/** What a grid file would do (the preview route's answer); "new" rows fill an empty cell. */
export interface GridImportPreview extends TableImportPreview<GridImportField> {
  /** Rows naming a cell without filling it: not written. */
  rowsEmpty: number;
}

/** What a committed grid file did. */
export type GridImportResult = TableImportResult;

const PERFORMER_NAMES = new Map<string, WorkPerformer>(
  WORK_PERFORMERS.flatMap((performer) => [
    [lookupKey(WORK_PERFORMER_LABELS[performer]), performer],
    [lookupKey(performer), performer],
  ]),
);
const PERFORMER_CHOICES = WORK_PERFORMERS.map((performer) => WORK_PERFORMER_LABELS[performer]).join(', ');
const MATURITY_NAMES = new Map<string, number>(Object.entries(MATURITY_LABELS).map(([level, label]) => [lookupKey(label), Number(level)]));

/** The maturity a cell holds: a whole number 1–5 or its label ("Defined"); undefined when it is neither. */
function parseMaturity(text: string): number | null | undefined {
  if (text === '') return null;
  const level = /^\d+$/.test(text) ? Number(text) : MATURITY_NAMES.get(lookupKey(text));
  return level !== undefined && level >= MIN_MATURITY && level <= MAX_MATURITY ? level : undefined;
}

/**
 * Checks every data row of a grid file against the program: the activity must be in its catalog
 * (by name), the unit one of its units (by name or code) or the central team; who does it one of
 * the four answers (label or value); the maturity empty or 1–5 (number or label); the note at most
 * 1000 characters; and no activity + unit twice. A row for a unit the importer may not fill is an
 * error ("not your unit"). Rows leaving the cell empty are counted apart, not written. Blank rows
 * are skipped; `rows[0]` is line `firstLine` (2 when the header is line 1).
 */
export function validateGridImport(context: GridImportContext, rows: readonly (readonly string[])[], firstLine = 2): GridImportValidation {
  const activities = lookupBy(context.activities, (activity) => [activity.name]);
  const units = lookupBy(context.units, (unit) => [unit.code, unit.name]);
  const { columns, fileErrors } = resolveColumns(GRID_IMPORT_FIELDS, GRID_IMPORT_FIELD_LABELS, context.headers, context.mapping, OPTIONAL_FIELDS);
  const headerOf = (field: GridImportField) => (context.headers[columns[field] ?? -1] ?? '').trim() || GRID_IMPORT_FIELD_LABELS[field];
  const partner = context.actor.role === 'regional_partner';
  const result: GridImportValidation = { valid: [], errors: [...fileErrors], rowsTotal: 0, rowsEmpty: 0, invalidRows: 0 };
  const firstLineOf = new Map<string, number>();

  rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    result.rowsTotal += 1;
    if (fileErrors.length > 0) {
      result.invalidRows += 1;
      return;
    }
    const line = firstLine + index;
    const cell = (field: GridImportField) => (columns[field] === undefined ? '' : unescapeSpreadsheetCell((row[columns[field]] ?? '').trim()));
    const rowErrors: ImportRowError[] = [];
    const fail = (field: GridImportField | null, reason: string) => rowErrors.push({ line, column: field === null ? null : headerOf(field), reason });

    const activityText = cell('activity');
    const activity = activities.get(lookupKey(activityText));
    if (activityText === '') fail('activity', 'The activity is empty.');
    else if (!activity) fail('activity', `Unknown activity "${activityText}": use the name of an activity in the program’s catalog.`);

    const unitText = cell('unit');
    const central = lookupKey(unitText) === lookupKey(CENTRAL_TEAM_LABEL);
    const unit = central ? undefined : units.get(lookupKey(unitText));
    if (unitText === '') fail('unit', `The unit is empty: name one of the program’s units, or ${CENTRAL_TEAM_LABEL}.`);
    else if (!central && !unit) fail('unit', `Unknown unit "${unitText}": use the name or code of one of the program’s units, or ${CENTRAL_TEAM_LABEL}.`);
    else if (partner && central) fail('unit', `Not your unit: the ${CENTRAL_TEAM_LABEL.toLowerCase()}’s rows are filled by the program’s leads.`);
    else if (partner && unit && !isInUnitScope(context.actor, unit.id)) fail('unit', `Not your unit: ${unit.name} is reported by its own partners or the program’s leads.`);

    const performerText = cell('performer');
    const maturityText = cell('maturity');
    const note = cell('note');
    const performer = PERFORMER_NAMES.get(lookupKey(performerText));
    const maturity = parseMaturity(maturityText);
    const empty = performerText === '' && maturityText === '' && note === '';
    if (!empty) {
      if (performerText === '') fail('performer', `Who does it is empty: use ${PERFORMER_CHOICES}.`);
      else if (!performer) fail('performer', `Unknown answer "${performerText}" for who does it: use ${PERFORMER_CHOICES}.`);
      if (maturity === undefined) fail('maturity', `Maturity "${maturityText}" is not 1 to 5: use a whole number from ${MIN_MATURITY} to ${MAX_MATURITY}, or leave it empty.`);
      if (note.length > MAX_GRID_NOTE_LENGTH) fail('note', `The note has ${note.length} characters: keep it to ${MAX_GRID_NOTE_LENGTH}.`);
    }

    if (rowErrors.length === 0 && activity && (central || unit)) {
      const unitId = unit?.id ?? null;
      const cellKey = `${activity.id}|${unitId ?? ''}`;
      const earlier = firstLineOf.get(cellKey);
      if (earlier !== undefined) {
        fail(null, `Duplicate of line ${earlier}: same activity and unit.`);
      } else {
        firstLineOf.set(cellKey, line);
        if (empty) result.rowsEmpty += 1;
        else if (performer && maturity !== undefined) result.valid.push({ line, activityId: activity.id, unitId, performer, maturity, note });
        return;
      }
    }
    result.invalidRows += 1;
    result.errors.push(...rowErrors);
  });
  return result;
}
