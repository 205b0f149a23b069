import { RACI_IMPORT_FIELDS, type RaciImportField, type RaciImportPreview } from '@rollout/domain';
import { useMemo } from 'react';
import type { ImportFieldText } from '../../../shared/import/ImportMappingStep';
import { tableImportRoutes } from '../../../shared/import/table-import';
import { ImportButton, TableImportWizard } from '../../../shared/import/TableImportWizard';
import { formatCount } from '../../../shared/import/upload';

const FIELD_TEXT: Record<RaciImportField, ImportFieldText> = {
  domain: { label: 'Domain column', description: 'The domain’s name; every other column is a role, read by its header', missing: 'Pick the column with the domains’ names.' },
};

const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

/** "Import…": fills the RACI from a CSV or XLSX file; a row sets its domain's cell of every role column in the file, an empty cell clears it. */
export function ImportRaciButton({ programId }: { programId: string }) {
  const routes = useMemo(
    () => tableImportRoutes<RaciImportField, RaciImportPreview>(programId, 'raci-imports', 'Only the program’s leads can import its RACI.'),
    [programId],
  );
  return (
    <ImportButton title="Import the RACI from a file">
      {(close) => (
        <TableImportWizard
          routes={routes}
          fields={RACI_IMPORT_FIELDS}
          fieldText={FIELD_TEXT}
          optional={[]}
          fileLabel="RACI file"
          hint="A Domain column, then one column per role named as in the matrix, each cell R, A, C, I (or Responsible, Accountable, Consulted, Informed) or empty. Domains and roles are not created by a file: add them first. Up to 5 MB. The RACI's export imports again as it is."
          readySummary={(preview) =>
            `${plural(preview.cellsChanged, 'cell changes', 'cells change')} in ${plural(preview.rowsNew + preview.rowsChanged, 'domain', 'domains')}; ${plural(preview.rowsUnchanged, 'domain is', 'domains are')} unchanged.`
          }
          doneMessage={(result) => (result.written === 0 ? 'Nothing changed: the RACI already holds these letters.' : `${plural(result.written, 'domain', 'domains')} imported.`)}
          refetch={['Raci', 'RecordHistory', 'DesignVersions']}
          onClose={close}
        />
      )}
    </ImportButton>
  );
}
