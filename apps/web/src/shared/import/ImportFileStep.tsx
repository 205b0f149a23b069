import { Alert, Button, FileButton, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState, type ComponentProps, type DragEvent, type ReactNode } from 'react';
import { apiErrorMessage } from '../lib/api-errors';
import { formatFileSize, IMPORT_FILE_ACCEPT, UploadError } from './upload';

const READABLE_EXTENSIONS = ['.csv', '.xlsx', '.tsv', '.txt'];

/** Why a chosen file cannot be sent, before sending it; null when it can. */
export function checkImportFile(file: File, maxBytes: number): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xls')) return 'Old Excel files (.xls) cannot be read: save the sheet as .xlsx or .csv and choose that.';
  if (!READABLE_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'Choose a .csv or .xlsx file.';
  if (file.size === 0) return 'The file is empty.';
  if (file.size > maxBytes) return `The file is ${formatFileSize(file.size)}; the limit is ${Math.round(maxBytes / (1024 * 1024))} MB: split it into several files.`;
  return null;
}

export interface ImportFileStepProps {
  /** Sends the file and moves on once the API has checked it; throws `UploadError` or an API error to show. */
  upload: (file: File, signal: AbortSignal) => Promise<void>;
  /** Names the hidden file input for assistive tech ("Measurement file"). */
  fileLabel: string;
  /** What the file should hold. */
  hint: ReactNode;
  /** The largest file the route reads (the API's limit for it). */
  maxBytes: number;
}

/** Step 1 of every import: pick (or drop) a CSV or XLSX file and upload it. */
export function ImportFileStep({ upload: send, fileLabel, hint, maxBytes }: ImportFileStepProps) {
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
    setProblem(checkImportFile(chosen, maxBytes));
    setUploadError(null);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0] ?? null);
  };

  const upload = async () => {
    if (!file) return;
    const invalid = checkImportFile(file, maxBytes);
    if (invalid) {
      setProblem(invalid);
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setUploadError(null);
    try {
      await send(file, controller.signal);
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
            {hint}
          </Text>
          <FileButton
            onChange={choose}
            accept={IMPORT_FILE_ACCEPT}
            disabled={busy}
            inputProps={{ 'aria-label': fileLabel, 'data-testid': 'import-file-input' } as ComponentProps<'input'>}
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
