import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Stepper, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { GRID_IMPORT_FIELD_LABELS, GRID_IMPORT_FIELDS, type GridImportField, type GridImportMapping, type GridImportPreview } from '@rollout/domain';
import { IconAlertCircle, IconCircleCheck, IconTableImport } from '@tabler/icons-react';
import { useState } from 'react';
import { ImportErrorsTable } from '../../../shared/import/ImportErrorsTable';
import { ImportFileStep } from '../../../shared/import/ImportFileStep';
import { ImportMappingStep, isCompleteMapping, type ImportFieldText } from '../../../shared/import/ImportMappingStep';
import { formatCount, UploadError } from '../../../shared/import/upload';
import { useLatestCheck } from '../../../shared/import/useLatestCheck';
import { apiErrorMessage } from '../../../shared/lib/api-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { commitGridFile, previewGridFile } from '../hooks/useGridImport';

const OPTIONAL: readonly GridImportField[] = ['maturity', 'note'];
const FIELD_TEXT: Record<GridImportField, ImportFieldText> = {
  activity: { label: 'Activity column', description: 'Activity name, as in the catalog', missing: 'Pick the column with the activities.' },
  unit: { label: 'Unit column', description: 'Unit name or code, or Central team', missing: 'Pick the column with the units.' },
  performer: { label: `${GRID_IMPORT_FIELD_LABELS.performer} column`, description: 'Central team, The unit itself, Both or Nobody', missing: 'Pick the column saying who does it.' },
  maturity: { label: 'Maturity column', description: '1 to 5 (optional)', missing: '' },
  note: { label: 'Note column', description: 'Free text (optional)', missing: '' },
};

const validRowsOf = (preview: GridImportPreview) => preview.rowsNew + preview.rowsChanged + preview.rowsUnchanged;

export interface ImportGridButtonProps {
  programId: string;
}

/** "Import…": fills the assessment grid from a CSV or XLSX file — file, columns, review, then import (all rows or none). */
export function ImportGridButton({ programId }: ImportGridButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" size="xs" leftSection={<IconTableImport size={14} />} onClick={open}>
        Import…
      </Button>
      <Modal opened={opened} onClose={close} title={<Text fw={600}>Import the grid from a file</Text>} size="xl" centered>
        {/* Mounted only while open: every opening starts with step 1. */}
        {opened && <ImportGridWizard programId={programId} onClose={close} />}
      </Modal>
    </>
  );
}

export interface ImportGridWizardProps {
  programId: string;
  onClose: () => void;
}

/** The steps of the grid import (exported for tests). */
export function ImportGridWizard({ programId, onClose }: ImportGridWizardProps) {
  const client = useApolloClient();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<GridImportPreview | null>(null);
  const [mapping, setMapping] = useState<GridImportMapping | null>(null);
  const { checking, checkError, run: runCheck, forget: forgetChecks } = useLatestCheck();
  const [committing, setCommitting] = useState(false);
  const [commitError, setCommitError] = useState<unknown>(null);

  const onFile = async (chosen: File, signal: AbortSignal) => {
    const result = await previewGridFile(programId, chosen, null, signal);
    forgetChecks();
    setFile(chosen);
    setPreview(result);
    setMapping(result.mapping);
    setStep(1);
  };

  const changeColumn = (field: GridImportField, column: string | null) => {
    if (!file || !mapping) return;
    const next = { ...mapping, [field]: column };
    setMapping(next);
    if (!isCompleteMapping(GRID_IMPORT_FIELDS, next, OPTIONAL)) return;
    runCheck(() => previewGridFile(programId, file, next), setPreview);
  };

  const commit = async () => {
    if (!file || !mapping) return;
    setCommitting(true);
    setCommitError(null);
    try {
      const result = await commitGridFile(programId, file, mapping);
      await client.refetchQueries({ include: ['ProgramAssessment'] });
      notifySuccess(result.written === 0 ? 'Nothing changed: the grid already holds these answers.' : `${formatCount(result.written)} ${result.written === 1 ? 'cell' : 'cells'} imported.`);
      onClose();
    } catch (error) {
      setCommitError(error);
      setCommitting(false);
    }
  };

  return (
    <Stepper active={step} onStepClick={(index) => index < step && setStep(index)} size="sm" allowNextStepsSelect={false} aria-label="Import steps">
      <Stepper.Step label="File" description="CSV or XLSX">
        <ImportFileStep
          upload={onFile}
          fileLabel="Grid file"
          hint="One row per activity and unit, with columns for the activity, the unit (name or code, or Central team), who does it and, if you like, the maturity (1–5) and a note. Up to 5 MB. The grid's export imports again as it is; rows left empty are skipped."
        />
      </Stepper.Step>
      <Stepper.Step label="Columns" description="What is where">
        {preview && mapping && (
          <ImportMappingStep
            fields={GRID_IMPORT_FIELDS}
            fieldText={FIELD_TEXT}
            optional={OPTIONAL}
            columns={preview.headers}
            mapping={mapping}
            onChange={changeColumn}
            counts={checking ? null : { rowsTotal: preview.rowsTotal, validRows: validRowsOf(preview), invalidRows: preview.invalidRows }}
            checking={checking}
            checkError={checkError}
            onBack={() => setStep(0)}
            onNext={() => setStep(2)}
          />
        )}
      </Stepper.Step>
      <Stepper.Step label="Review" description="Rows and problems">
        {preview && (
          <Stack gap="md">
            {preview.invalidRows > 0 || preview.errors.length > 0 ? (
              <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="Fix these rows first" role="alert">
                The grid is imported whole or not at all: correct the rows below in the file (or the column choices) and upload it again.
              </Alert>
            ) : (
              <Alert color="green" variant="light" icon={<IconCircleCheck size={18} />} title="Ready to import">
                {formatCount(preview.rowsNew)} new, {formatCount(preview.rowsChanged)} changed and {formatCount(preview.rowsUnchanged)} unchanged cells
                {preview.rowsEmpty > 0 ? `; ${formatCount(preview.rowsEmpty)} empty rows skipped` : ''}.
              </Alert>
            )}
            {preview.errors.length > 0 && <ImportErrorsTable errors={preview.errors} invalidRows={preview.invalidRows} />}
            {Boolean(commitError) && (
              <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
                {commitError instanceof UploadError ? commitError.message : apiErrorMessage(commitError)}
              </Alert>
            )}
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(1)}>
                Back to columns
              </Button>
              <Button onClick={() => void commit()} loading={committing} disabled={preview.invalidRows > 0 || preview.errors.length > 0 || validRowsOf(preview) === 0}>
                Import {formatCount(validRowsOf(preview))} {validRowsOf(preview) === 1 ? 'row' : 'rows'}
              </Button>
            </Group>
          </Stack>
        )}
      </Stepper.Step>
    </Stepper>
  );
}
