import { useApolloClient } from '@apollo/client/react';
import { Button, Modal, Stack, Stepper, Text, Tooltip, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IMPORT_FIELDS, MAX_MEASUREMENT_FILE_BYTES, type ImportColumnMapping, type ImportField, type PartialImportColumnMapping } from '@rollout/domain';
import { IconTableImport } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { ImportFileStep } from '../../../shared/import/ImportFileStep';
import { ImportMappingStep, isCompleteMapping, type ImportFieldText } from '../../../shared/import/ImportMappingStep';
import { useLatestCheck } from '../../../shared/import/useLatestCheck';
import { uploadMeasurementFile, useCommitMeasurementImport, usePreviewMeasurementImport, type UploadedImport } from '../hooks/useMeasurementImport';
import { forgetMeasuredValues } from '../hooks/useMeasurements';
import { ImportPreviewStep, type ImportPreview } from './ImportPreviewStep';
import { ImportProgressStep, type MeasurementImportRecord } from './ImportProgressStep';

export interface ImportMeasurementsButtonProps {
  pilotId: string;
  /** Called after an import has committed (the dialog has already refetched the page's queries). */
  onImported?: (result: MeasurementImportRecord) => void;
  /** Why importing is not possible right now (e.g. the pilot is decided); shows a disabled button. */
  disabledReason?: string | null;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}

/**
 * "Import values": a four-step dialog to import a pilot's measurements from a CSV or XLSX file —
 * file, columns, review (every problem row, with the option to skip them), progress and result.
 * For the program's managers (Pilot.viewerCanManage); the page decides whether to show it.
 */
export function ImportMeasurementsButton({ pilotId, onImported, disabledReason, variant = 'default', size = 'sm' }: ImportMeasurementsButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const [running, setRunning] = useState(false);
  const button = (
    <Button variant={variant} size={size} leftSection={<IconTableImport size={16} />} onClick={open} disabled={Boolean(disabledReason)}>
      Import values
    </Button>
  );
  return (
    <>
      {disabledReason ? (
        <Tooltip label={disabledReason} withArrow>
          <span>{button}</span>
        </Tooltip>
      ) : (
        button
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={<Text fw={600}>Import values from a file</Text>}
        size="xl"
        centered
        // A running import is easy to lose by a stray Escape or click: close it with the button.
        closeOnEscape={!running}
        closeOnClickOutside={!running}
      >
        {/* Mounted only while open: every opening starts with step 1. */}
        {opened && <ImportMeasurementsWizard pilotId={pilotId} onImported={onImported} onClose={close} onRunningChange={setRunning} />}
      </Modal>
    </>
  );
}

type Step = 0 | 1 | 2 | 3;
const FIELD_TEXT: Record<ImportField, ImportFieldText> = {
  metric: { label: 'Metric column', description: 'Metric name or catalog key', missing: 'Pick the column with the metrics.' },
  unit: { label: 'Unit column', description: 'Unit name or code', missing: 'Pick the column with the units.' },
  date: { label: 'Date column', description: 'Day as YYYY-MM-DD', missing: 'Pick the column with the dates.' },
  value: { label: 'Value column', description: 'A number, e.g. 1234.5', missing: 'Pick the column with the values.' },
};
const isComplete = (mapping: PartialImportColumnMapping): mapping is ImportColumnMapping => isCompleteMapping(IMPORT_FIELDS, mapping);
const EMPTY_MAPPING: PartialImportColumnMapping = { metric: null, unit: null, date: null, value: null };

export interface ImportMeasurementsWizardProps {
  pilotId: string;
  onImported?: (result: MeasurementImportRecord) => void;
  onClose: () => void;
  onRunningChange?: (running: boolean) => void;
}

/** The steps of the import dialog (exported for tests and for pages that embed it). */
export function ImportMeasurementsWizard({ pilotId, onImported, onClose, onRunningChange }: ImportMeasurementsWizardProps) {
  const client = useApolloClient();
  const [preview] = usePreviewMeasurementImport();
  const [commit, commitState] = useCommitMeasurementImport();
  const [step, setStep] = useState<Step>(0);
  const [upload, setUpload] = useState<UploadedImport | null>(null);
  const [check, setCheck] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<PartialImportColumnMapping>(EMPTY_MAPPING);
  const { checking, checkError, run: runCheck, forget: forgetChecks } = useLatestCheck();
  const [onlyValidRows, setOnlyValidRows] = useState(false);
  const [commitError, setCommitError] = useState<unknown>(null);
  const [started, setStarted] = useState<MeasurementImportRecord | null>(null);
  const [committed, setCommitted] = useState(false);
  // Each commit gets a fresh progress step (an interrupted import can be committed again).
  const [attempt, setAttempt] = useState(0);

  const goTo = (next: Step) => {
    setStep(next);
    onRunningChange?.(next === 3);
  };

  const onUploaded = async (uploaded: UploadedImport) => {
    const result = await preview({ importId: uploaded.importId });
    forgetChecks();
    setUpload(uploaded);
    setCheck(result);
    const { metric, unit, date, value } = result.mapping;
    setMapping({ metric, unit, date, value });
    setOnlyValidRows(false);
    goTo(1);
  };

  const changeColumn = (field: ImportField, column: string | null) => {
    if (!upload) return;
    const next = { ...mapping, [field]: column };
    setMapping(next);
    if (!isComplete(next)) return;
    runCheck(
      () => preview({ importId: upload.importId, mapping: next }),
      (result) => {
        setCheck(result);
        setOnlyValidRows(false);
      },
    );
  };

  const startImport = async () => {
    if (!upload || !isComplete(mapping)) return;
    setCommitError(null);
    try {
      const record = await commit({ importId: upload.importId, mapping, onlyValidRows });
      setStarted(record);
      setAttempt((count) => count + 1);
      goTo(3);
    } catch (error) {
      // Shown on the review step (also when committing an interrupted import again failed).
      setCommitError(error);
      goTo(2);
    }
  };

  const onCommitted = useCallback(
    (record: MeasurementImportRecord) => {
      setCommitted(true);
      onRunningChange?.(false);
      forgetMeasuredValues(client.cache, pilotId);
      onImported?.(record);
    },
    [client, pilotId, onImported, onRunningChange],
  );

  const retry = () => {
    setStarted(null);
    goTo(2);
  };

  const selectable = (index: number) => step < 3 && index < step;

  // Once the values are in, every step (the last included) shows its check mark. The progress step
  // sits below the stepper, so finishing does not remount it (it would poll and report again).
  return (
    <Stack gap="md">
      <Stepper
        active={committed ? 4 : step}
        onStepClick={(index) => {
          if (selectable(index)) goTo(index as Step);
        }}
        size="sm"
        allowNextStepsSelect={false}
        aria-label="Import steps"
      >
        <Stepper.Step label="File" description="CSV or XLSX" allowStepSelect={selectable(0)}>
          <ImportFileStep
            upload={async (file, signal) => onUploaded(await uploadMeasurementFile(pilotId, file, signal))}
            fileLabel="Measurement file"
            maxBytes={MAX_MEASUREMENT_FILE_BYTES}
            hint="One row per value, with columns for the metric (name or catalog key), the unit (name or code), the date (YYYY-MM-DD) and the value. Up to 20 MB. An export of this pilot imports again as it is."
          />
        </Stepper.Step>
        <Stepper.Step label="Columns" description="What is where" allowStepSelect={selectable(1)}>
          {check && (
            <ImportMappingStep
              fields={IMPORT_FIELDS}
              fieldText={FIELD_TEXT}
              columns={check.columns}
              mapping={mapping}
              onChange={changeColumn}
              counts={checking ? null : check}
              checking={checking}
              checkError={checkError}
              onBack={() => goTo(0)}
              onNext={() => goTo(2)}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label="Review" description="Rows and problems" allowStepSelect={selectable(2)}>
          {check && (
            <ImportPreviewStep
              preview={check}
              onlyValidRows={onlyValidRows}
              onOnlyValidRowsChange={setOnlyValidRows}
              committing={commitState.loading}
              commitError={commitError}
              onBack={() => goTo(1)}
              onCommit={() => void startImport()}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label="Import" description="Progress and result" allowStepSelect={false} />
      </Stepper>
      {step === 3 && started && (
        <ImportProgressStep
          key={attempt}
          started={started}
          onCommitted={onCommitted}
          onRetry={retry}
          onCommitAgain={() => void startImport()}
          committingAgain={commitState.loading}
          onClose={onClose}
        />
      )}
    </Stack>
  );
}
