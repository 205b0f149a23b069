import { DomainError, invalidField } from '@rollout/domain';
import type { FileValidation, PackedRows } from './measurement-file.js';
import type { ImportRecord } from './measurements.repository.js';

// What a measurement import may do next: start (not done, not running elsewhere) and commit (no bad
// rows unless only the valid ones are wanted, and something to write).

/** A stored file checked for committing: its counts and every valid row. */
export type CheckedFile = FileValidation & { rowsTotal: number; rows: PackedRows };

/** Committed imports are done; running ones are busy while their process holds the lease. */
export function checkStartable(record: Pick<ImportRecord, 'status' | 'leaseExpiresAt'>): void {
  if (record.status === 'committed') throw invalidField('importId', 'This file has been imported already: upload it again to import it again.');
  const leased = record.leaseExpiresAt !== null && record.leaseExpiresAt.getTime() > Date.now();
  if (record.status === 'running' && leased) throw invalidField('importId', 'This file is being imported right now: wait for it to finish.');
}

/** Refuses a commit with invalid rows unless only the valid rows are wanted, and one with nothing to write. */
export function checkCommittable(result: CheckedFile, onlyValidRows: boolean): void {
  const first = result.errors[0];
  const where = first ? ` Line ${first.line}${first.column ? `, column "${first.column}"` : ''}: ${first.reason}` : '';
  if (result.invalidRows > 0 && !onlyValidRows) {
    const message = `${result.invalidRows} of ${result.rowsTotal} rows cannot be imported, so nothing was imported.${where} Fix the file and upload it again, or import only the valid rows.`;
    throw new DomainError('BAD_USER_INPUT', message, [{ field: 'onlyValidRows', message }]);
  }
  if (result.validRows === 0) throw invalidField('importId', `No row of the file can be imported.${where}`);
}
