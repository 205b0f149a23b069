import { Alert, Button, FileButton, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState, type ComponentProps, type DragEvent } from 'react';
import { apiErrorMessage } from '../../../shared/lib/api-errors';
import {
  formatFileSize,
  IMPORT_FILE_ACCEPT,
  MAX_IMPORT_FILE_BYTES,
  uploadMeasurementFile,
  UploadError,
  type UploadedImport,
} from '../hooks/useMeasurementImport';

const READABLE_EXTENSIONS = ['.csv', '.xlsx', '.tsv', '.txt'];

// The hidden input FileButton renders: named for assistive tech, findable by tests.
const FILE_INPUT_PROPS: ComponentProps<'input'> & { 'data-testid': string } = {
  'aria-label': 'Measurement file',
  'data-testid': 'import-file-input',
};

/** Why a chosen file cannot be sent, before sending it; null when it can. */
export function checkImportFile(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xls')) return 'Old Excel files (.xls) cannot be read: save the sheet as .xlsx or .csv and choose that.';
  if (!READABLE_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'Choose a .csv or .xlsx file.';
  if (file.size === 0) return 'The file is empty.';
  if (file.size > MAX_IMPORT_FILE_BYTES) return `The file is ${formatFileSize(file.size)}; the limit is 20 MB: split it into several files.`;
  return null;
}

export interface ImportFileStepProps {
  pilotId: string;
  /** Called once the API has the file and has checked it. */
  onUploaded: (upload: UploadedImport) => Promise<void>;
}

/** Step 1: pick (or drop) a CSV or XLSX file and upload it. */
export function ImportFileStep({ pilotId, onUploaded }: ImportFileStepProps) {
  const [file, setFile] = useState<File | null>(null);
  // Why the chosen file cannot be sent (checked here), and why the API refused it.
  const [problem, setProblem] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const hintId = useId();

  // Closing the dialog mid-upload stops the upload.
  useEffect(() => () => abort.current?.abort(), []);

  const choose = (chosen: File | null) => {
    if (!chosen) return;
    setFile(chosen);
    setProblem(checkImportFile(chosen));
    setUploadError(null);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0] ?? null);
  };

  const upload = async () => {
    if (!file) return;
    const invalid = checkImportFile(file);
    if (invalid) {
      setProblem(invalid);
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setUploadError(null);
    try {
      const uploaded = await uploadMeasurementFile(pilotId, file, controller.signal);
      await onUploaded(uploaded);
    } catch (error) {
      if (controller.signal.aborted) return;
      setUploadError(error instanceof UploadError ? error.message : apiErrorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Paper
        withBorder
        p="xl"
        radius="md"
        data-testid="import-drop-zone"
        data-dragging={dragging || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: dragging ? 'var(--mantine-primary-color-filled)' : undefined,
          background: dragging ? 'var(--mantine-primary-color-light)' : undefined,
        }}
      >
        <Stack align="center" gap="sm">
          <ThemeIcon size={48} radius="xl" variant="light">
            <IconFileSpreadsheet size={26} />
          </ThemeIcon>
          <Text fw={500}>Drop a CSV or XLSX file here</Text>
          <Text size="sm" c="dimmed" ta="center" id={hintId}>
            One row per value, with columns for the metric (name or catalog key), the unit (name or code), the date
            (YYYY-MM-DD) and the value. Up to 20 MB. An export of this pilot imports again as it is.
          </Text>
          <FileButton
            onChange={choose}
            accept={IMPORT_FILE_ACCEPT}
            disabled={busy}
            inputProps={FILE_INPUT_PROPS}
          >
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconUpload size={16} />} aria-describedby={hintId}>
                {file ? 'Choose another file' : 'Choose file'}
              </Button>
            )}
          </FileButton>
        </Stack>
      </Paper>

      {file && (
        <Group gap="xs" data-testid="import-chosen-file">
          <IconFileSpreadsheet size={18} aria-hidden />
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {file.name}
          </Text>
          <Text size="sm" c="dimmed">
            {formatFileSize(file.size)}
          </Text>
        </Group>
      )}

      {(problem ?? uploadError) && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="This file cannot be imported" role="alert">
          {problem ?? uploadError}
        </Alert>
      )}

      <Group justify="flex-end">
        <Button onClick={() => void upload()} disabled={!file || problem !== null} loading={busy}>
          Upload and check
        </Button>
      </Group>
    </Stack>
  );
}
