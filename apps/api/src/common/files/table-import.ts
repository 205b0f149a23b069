import { importRefusalMessage, invalidField, type Actor, type TableImportPreview, type TableImportResult, type TableImportValidation } from '@rollout/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { TableUpload } from '../http/uploaded-file.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { chosenMapping, MAX_LISTED_IMPORT_ERRORS, readUploadedTable, type UploadedTable } from './table-file-reader.js';

/** What one valid row does: add a record, change one, or repeat what it holds. */
export interface TableImportStep {
  kind: 'new' | 'changed' | 'unchanged';
}

/** A file's rows checked against what they import into, each valid row with its step. */
export interface TableImportPlan<Step extends TableImportStep> {
  validation: TableImportValidation<unknown>;
  steps: Step[];
}

/** An import read whole (the grid, the tool inventory): what only it knows. */
export interface TableImportDefinition<F extends string, Step extends TableImportStep, Plan extends TableImportPlan<Step>> {
  fields: readonly F[];
  /** The mapping when the client sends none: guessed from the headers. */
  guessMapping(headers: readonly string[]): Record<F, string | null>;
  /** Refuses a caller who may not import here; with 'lock', locks what the import writes into. */
  check(em: EntityManager, lock: 'none' | 'lock'): Promise<unknown>;
  plan(em: EntityManager, file: UploadedTable, mapping: Record<F, string | null>): Promise<Plan>;
  /** Writes a new or changed step. */
  write(em: EntityManager, step: Step): Promise<void>;
}

/**
 * What a file would do, nothing written: the counts and the first errors, with the plan for the
 * import's own figures. Access is checked before the file is read, so strangers learn nothing of it.
 */
export async function previewTableImport<F extends string, Step extends TableImportStep, Plan extends TableImportPlan<Step>>(
  dataSource: DataSource,
  definition: TableImportDefinition<F, Step, Plan>,
  upload: TableUpload,
): Promise<{ preview: TableImportPreview<F>; plan: Plan }> {
  await definition.check(dataSource.manager, 'none');
  const file = await readUploadedTable(upload.fileName, upload.bytes);
  const mapping = upload.mapping === undefined ? definition.guessMapping(file.headers) : chosenMapping(definition.fields, upload.mapping);
  const plan = await definition.plan(dataSource.manager, file, mapping);
  const count = (kind: TableImportStep['kind']) => plan.steps.filter((step) => step.kind === kind).length;
  const { validation } = plan;
  return {
    plan,
    preview: {
      fileName: file.fileName,
      headers: file.headers,
      mapping,
      rowsTotal: validation.rowsTotal,
      invalidRows: validation.invalidRows,
      rowsNew: count('new'),
      rowsChanged: count('changed'),
      rowsUnchanged: count('unchanged'),
      errors: validation.errors.slice(0, MAX_LISTED_IMPORT_ERRORS),
    },
  };
}

/**
 * Writes a file in one transaction, checked again under the lock (the client sends the small file
 * again rather than the server keeping it); a file with any error writes nothing.
 */
export async function commitTableImport<F extends string, Step extends TableImportStep, Plan extends TableImportPlan<Step>>(
  dataSource: DataSource,
  actor: Actor,
  definition: TableImportDefinition<F, Step, Plan>,
  upload: TableUpload,
): Promise<TableImportResult> {
  await definition.check(dataSource.manager, 'none');
  const file = await readUploadedTable(upload.fileName, upload.bytes);
  const mapping = upload.mapping === undefined ? definition.guessMapping(file.headers) : chosenMapping(definition.fields, upload.mapping);
  return writeTransaction(dataSource, actor, async (em) => {
    await definition.check(em, 'lock');
    const { validation, steps } = await definition.plan(em, file, mapping);
    if (validation.errors.length > 0) throw invalidField('file', importRefusalMessage(validation.invalidRows, validation.errors));
    const writes = steps.filter((step) => step.kind !== 'unchanged');
    for (const step of writes) await definition.write(em, step);
    return { written: writes.length, unchanged: steps.length - writes.length };
  });
}
