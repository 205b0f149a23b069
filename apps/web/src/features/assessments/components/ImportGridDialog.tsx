import { GRID_IMPORT_FIELD_LABELS, GRID_IMPORT_FIELDS, type GridImportField, type GridImportPreview } from '@rollout/domain';
import { useMemo } from 'react';
import type { ImportFieldText } from '../../../shared/import/ImportMappingStep';
import { tableImportRoutes } from '../../../shared/import/table-import';
import { ImportButton, TableImportWizard } from '../../../shared/import/TableImportWizard';
import { formatCount } from '../../../shared/import/upload';

const OPTIONAL: readonly GridImportField[] = ['maturity', 'note'];
const FIELD_TEXT: Record<GridImportField, ImportFieldText> = {
  activity: { label: 'Activity column', description: 'Activity name, as in the catalog', missing: 'Pick the column with the activities.' },
  unit: { label: 'Unit column', description: 'Unit name or code, or Central team', missing: 'Pick the column with the units.' },
  performer: { label: `${GRID_IMPORT_FIELD_LABELS.performer} column`, description: 'Central team, The unit itself, Both or Nobody', missing: 'Pick the column saying who does it.' },
  maturity: { label: 'Maturity column', description: '1 to 5 (optional)', missing: '' },
  note: { label: 'Note column', description: 'Free text (optional)', missing: '' },
};

export interface ImportGridButtonProps {
  programId: string;
}

/** "Import…": fills the assessment grid from a CSV or XLSX file — file, columns, review, then import (all rows or none). */
export function ImportGridButton({ programId }: ImportGridButtonProps) {
  const routes = useMemo(
    () => tableImportRoutes<GridImportField, GridImportPreview>(programId, 'assessment-grid-imports', 'You do not have permission to import into this program’s grid.'),
    [programId],
  );
  return (
    <ImportButton title="Import the grid from a file">
      {(close) => (
        <TableImportWizard
          routes={routes}
          fields={GRID_IMPORT_FIELDS}
          fieldText={FIELD_TEXT}
          optional={OPTIONAL}
          fileLabel="Grid file"
          hint="One row per activity and unit, with columns for the activity, the unit (name or code, or Central team), who does it and, if you like, the maturity (1–5) and a note. Up to 5 MB. The grid's export imports again as it is; rows left empty are skipped."
          readySummary={(preview) =>
            `${formatCount(preview.rowsNew)} new, ${formatCount(preview.rowsChanged)} changed and ${formatCount(preview.rowsUnchanged)} unchanged cells${
              preview.rowsEmpty > 0 ? `; ${formatCount(preview.rowsEmpty)} empty rows skipped` : ''
            }.`
          }
          doneMessage={(result) =>
            result.written === 0 ? 'Nothing changed: the grid already holds these answers.' : `${formatCount(result.written)} ${result.written === 1 ? 'cell' : 'cells'} imported.`
          }
          refetch={['ProgramAssessment']}
          onClose={close}
        />
      )}
    </ImportButton>
  );
}
