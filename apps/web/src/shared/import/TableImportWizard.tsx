import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Stepper, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { MAX_TABLE_FILE_BYTES, type TableImportPreview, type TableImportResult } from '@rollout/domain';
import { IconAlertCircle, IconCircleCheck, IconTableImport } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { apiErrorMessage } from '../lib/api-errors';
import { notifySuccess } from '../lib/notify';
import { ImportErrorsTable } from './ImportErrorsTable';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep, isCompleteMapping, type ImportFieldText } from './ImportMappingStep';
import type { TableImportRoutes } from './table-import';
import { formatCount, UploadError } from './upload';
import { useLatestCheck } from './useLatestCheck';

const validRowsOf = (preview: TableImportPreview<string>) => preview.rowsNew + preview.rowsChanged + preview.rowsUnchanged;

export interface TableImportWizardProps<F extends string, P extends TableImportPreview<F>> {
  routes: TableImportRoutes<F, P>;
  fields: readonly F[];
  fieldText: Record<F, ImportFieldText>;
  /** Fields that may have no column. */
  optional: readonly F[];
  /** Names the file input for assistive tech ("Grid file"). */
  fileLabel: string;
  /** What the file should hold. */
  hint: ReactNode;
  /** What a clean file would do ("3 new, 1 changed and 0 unchanged cells."). */
  readySummary: (preview: P) => ReactNode;
  /** The notification once written ("12 cells imported."). */
  doneMessage: (result: TableImportResult) => string;
  /** Queries showing what the import writes, fetched again after it. */
  refetch: string[];
  onClose: () => void;
}

/** "Import…": opens a dialog titled `title` holding the wizard `children` renders; closing it forgets the file. */
export function ImportButton({ title, children }: { title: string; children: (close: () => void) => ReactNode }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" size="xs" leftSection={<IconTableImport size={14} />} onClick={open}>
        Import…
      </Button>
      <Modal opened={opened} onClose={close} title={<Text fw={600}>{title}</Text>} size="xl" centered>
        {/* Mounted only while open: every opening starts with step 1. */}
        {opened && children(close)}
      </Modal>
    </>
  );
}

/**
 * The steps of an import read whole: file, columns (guessed, each change checked again), review
 * with every problem row, then import — all rows or none. The grid and the tool inventory use it.
 */
export function TableImportWizard<F extends string, P extends TableImportPreview<F>>({
  routes,
  fields,
  fieldText,
  optional,
  fileLabel,
  hint,
  readySummary,
  doneMessage,
  refetch,
  onClose,
}: TableImportWizardProps<F, P>) {
  const client = useApolloClient();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [mapping, setMapping] = useState<Record<F, string | null> | null>(null);
  const { checking, checkError, run: runCheck, forget: forgetChecks } = useLatestCheck();
  const [committing, setCommitting] = useState(false);
  const [commitError, setCommitError] = useState<unknown>(null);

  const onFile = async (chosen: File, signal: AbortSignal) => {
    const result = await routes.preview(chosen, null, signal);
    forgetChecks();
    setFile(chosen);
    setPreview(result);
    setMapping(result.mapping);
    setStep(1);
  };

  const changeColumn = (field: F, column: string | null) => {
    if (!file || !mapping) return;
    const next = { ...mapping, [field]: column };
    setMapping(next);
    if (!isCompleteMapping(fields, next, optional)) return;
    runCheck(() => routes.preview(file, next), setPreview);
  };

  const commit = async () => {
    if (!file || !mapping) return;
    setCommitting(true);
    setCommitError(null);
    try {
      const result = await routes.commit(file, mapping);
      await client.refetchQueries({ include: refetch });
      notifySuccess(doneMessage(result));
      onClose();
    } catch (error) {
      setCommitError(error);
      setCommitting(false);
    }
  };

  const hasErrors = preview !== null && (preview.invalidRows > 0 || preview.errors.length > 0);
  return (
    <Stepper active={step} onStepClick={(index) => index < step && setStep(index)} size="sm" allowNextStepsSelect={false} aria-label="Import steps">
      <Stepper.Step label="File" description="CSV or XLSX">
        <ImportFileStep upload={onFile} fileLabel={fileLabel} hint={hint} maxBytes={MAX_TABLE_FILE_BYTES} />
      </Stepper.Step>
      <Stepper.Step label="Columns" description="What is where">
        {preview && mapping && (
          <ImportMappingStep
            fields={fields}
            fieldText={fieldText}
            optional={optional}
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
            {hasErrors ? (
              <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="Fix these rows first" role="alert">
                The file is imported whole or not at all: correct the rows below in the file (or the column choices) and upload it again.
              </Alert>
            ) : (
              <Alert color="green" variant="light" icon={<IconCircleCheck size={18} />} title="Ready to import">
                {readySummary(preview)}
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
              <Button onClick={() => void commit()} loading={committing} disabled={hasErrors || validRowsOf(preview) === 0}>
                Import {formatCount(validRowsOf(preview))} {validRowsOf(preview) === 1 ? 'row' : 'rows'}
              </Button>
            </Group>
          </Stack>
        )}
      </Stepper.Step>
    </Stepper>
  );
}
