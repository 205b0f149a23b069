import { TOOL_CATEGORIES, TOOL_CATEGORY_LABELS, TOOL_IMPORT_FIELDS, TOOL_IMPORT_OPTIONAL_FIELDS, type ToolImportField, type ToolImportPreview } from '@rollout/domain';
import { useMemo } from 'react';
import type { ImportFieldText } from '../../../shared/import/ImportMappingStep';
import { tableImportRoutes } from '../../../shared/import/table-import';
import { ImportButton, TableImportWizard } from '../../../shared/import/TableImportWizard';
import { formatCount } from '../../../shared/import/upload';

const FIELD_TEXT: Record<ToolImportField, ImportFieldText> = {
  name: { label: 'Tool column', description: 'The tool’s name: a row updates the tool of that name', missing: 'Pick the column with the tools’ names.' },
  category: { label: 'Category column', description: 'CRM, Analytics / BI, Forecasting…', missing: 'Pick the column with the categories.' },
  units: { label: 'Units column', description: 'Units using it, separated by semicolons (optional)', missing: '' },
  annualCost: { label: 'Annual cost column', description: 'Whole US dollars a year', missing: 'Pick the column with the annual cost.' },
  owner: { label: 'Owner column', description: 'A person’s name or email (optional)', missing: '' },
  renewalDate: { label: 'Renewal date column', description: 'YYYY-MM-DD (optional)', missing: '' },
};

const CATEGORY_LIST = TOOL_CATEGORIES.map((category) => TOOL_CATEGORY_LABELS[category]).join(', ');
const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

/** "Import…": fills the tool inventory from a CSV or XLSX file; a row updates the tool of its name or adds one, and nothing is removed. */
export function ImportToolsButton({ programId }: { programId: string }) {
  const routes = useMemo(
    () => tableImportRoutes<ToolImportField, ToolImportPreview>(programId, 'tool-inventory-imports', 'Only the program’s leads can import its tool inventory.'),
    [programId],
  );
  return (
    <ImportButton title="Import tools from a file">
      {(close) => (
        <TableImportWizard
          routes={routes}
          fields={TOOL_IMPORT_FIELDS}
          fieldText={FIELD_TEXT}
          optional={TOOL_IMPORT_OPTIONAL_FIELDS}
          fileLabel="Tool inventory file"
          hint={`One row per tool, with columns for its name, category (${CATEGORY_LIST}) and annual cost in dollars and, if you like, the units using it (separated by semicolons), the owner and the contract renewal date. Up to 5 MB. The inventory's export imports again as it is.`}
          readySummary={(preview) =>
            `${formatCount(preview.rowsNew)} new, ${formatCount(preview.rowsChanged)} changed and ${formatCount(preview.rowsUnchanged)} unchanged tools.${
              preview.toolsNotInFile > 0 ? ` ${plural(preview.toolsNotInFile, 'tool', 'tools')} of the inventory not in the file stay as they are.` : ''
            }`
          }
          doneMessage={(result) =>
            result.written === 0 ? 'Nothing changed: the inventory already holds these tools.' : `${plural(result.written, 'tool', 'tools')} imported.`
          }
          refetch={['AssessmentInventory', 'RecordHistory']}
          onClose={close}
        />
      )}
    </ImportButton>
  );
}
