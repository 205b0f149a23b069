import { Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { ImportStatus, MeasurementImportQuery as ImportResult } from '../../../gql/graphql';
import { apiErrorMessage } from '../../../shared/lib/api-errors';
import { formatCount } from '../../../shared/import/upload';
import { importSummary, useMeasurementImportProgress } from '../hooks/useMeasurementImport';

export type MeasurementImportRecord = ImportResult['measurementImport'];

function isDone(record: MeasurementImportRecord): boolean {
  return record.status === 'committed' || record.status === 'failed' || record.status === 'interrupted';
}

/** The step's heading for each status. */
const HEADINGS: Record<ImportStatus, string> = {
  uploaded: 'Starting the import…',
  running: 'Importing…',
  committed: 'Import finished',
  failed: 'Import failed',
  interrupted: 'Import interrupted',
};

export interface ImportProgressStepProps {
  /** The import as the commit returned it (running). */
  started: MeasurementImportRecord;
  /** Called once, when the import has committed. */
  onCommitted: (record: MeasurementImportRecord) => void;
  /** Back to the review, to try a failed import again. */
  onRetry: () => void;
  /** Commits an interrupted import again, with the same columns. */
  onCommitAgain: () => void;
  /** True while that new commit is being started. */
  committingAgain: boolean;
  onClose: () => void;
}

/** Step 4: a progress bar while the API writes the values, then what it did. */
export function ImportProgressStep({ started, onCommitted, onRetry, onCommitAgain, committingAgain, onClose }: ImportProgressStepProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const reported = useRef(false);
  // Polling stops once the import is committed or failed.
  const [finished, setFinished] = useState(isDone(started));
  const { data, error } = useMeasurementImportProgress(started.id, finished);
  const current = data?.measurementImport ?? started;
  const done = isDone(current);
  if (done && !finished) setFinished(true);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (current.status !== 'committed' || reported.current) return;
    reported.current = true;
    onCommitted(current);
  }, [current, onCommitted]);

  const percent = current.rowsTotal > 0 ? Math.min(100, Math.round((current.rowsProcessed / current.rowsTotal) * 100)) : done ? 100 : 0;

  return (
    <Stack gap="md">
      <Title order={3} fz="md" ref={heading} tabIndex={-1}>
        {HEADINGS[current.status]}
      </Title>
      <Stack gap={4}>
        <Progress
          value={percent}
          size="lg"
          radius="xl"
          striped={!done}
          animated={!done}
          color={current.status === 'failed' ? 'red' : current.status === 'interrupted' ? 'orange' : current.status === 'committed' ? 'teal' : undefined}
          aria-label="Import progress"
        />
        <Text size="sm" c="dimmed" data-testid="import-progress-text">
          {formatCount(current.rowsProcessed)} of {formatCount(current.rowsTotal)} rows processed
        </Text>
      </Stack>

      <div aria-live="polite">
        {current.status === 'committed' && (
          <Alert
            color={current.rowsWritten > 0 ? 'teal' : 'gray'}
            variant="light"
            icon={current.rowsWritten > 0 ? <IconCircleCheck size={18} /> : <IconInfoCircle size={18} />}
            title={current.rowsWritten > 0 ? 'Values imported' : 'Already up to date'}
            data-testid="import-summary"
          >
            {importSummary(current)}.
          </Alert>
        )}
        {current.status === 'failed' && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="Nothing was written" role="alert">
            {current.failure ?? 'The import stopped. Please try again.'}
          </Alert>
        )}
        {current.status === 'interrupted' && (
          <Alert color="orange" variant="light" icon={<IconAlertCircle size={18} />} title="Nothing was written" role="alert">
            {current.failure ?? 'The server stopped while writing these values, so nothing was imported.'}
          </Alert>
        )}
        {error && !done && (
          <Alert color="yellow" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            Cannot read the progress right now ({apiErrorMessage(error)}). The import goes on; this updates when the server answers.
          </Alert>
        )}
      </div>

      <Group justify="flex-end">
        {current.status === 'failed' && (
          <Button variant="default" onClick={onRetry}>
            Back to review
          </Button>
        )}
        {current.status === 'interrupted' && (
          <Button onClick={onCommitAgain} loading={committingAgain}>
            Import again
          </Button>
        )}
        {done ? (
          <Button onClick={onClose}>Done</Button>
        ) : (
          <Button variant="subtle" color="gray" onClick={onClose}>
            Close (the import goes on)
          </Button>
        )}
      </Group>
    </Stack>
  );
}
