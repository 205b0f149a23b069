import { ActionIcon, Alert, Loader, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { formatMetricValue, type MetricUnit } from '@rollout/domain';
import { IconHistory } from '@tabler/icons-react';
import { useDisclosure } from '@mantine/hooks';
import { apiErrorMessage } from '../../../shared/lib/api-errors';
import { formatDateTime, formatLocalDate, formatRelative } from '../../../shared/lib/format';
import { useRecordHistory, type RecordHistoryEntry } from '../../history/hooks/useRecordHistory';

function shownValue(text: string | null | undefined, unit: MetricUnit): string {
  if (text === null || text === undefined || text === '') return '—';
  const value = Number(text);
  return Number.isFinite(value) ? formatMetricValue(value, unit) : text;
}

/** "entered 12 h", "corrected 12 h → 11.5 h", "imported 14 h". */
export function describeMeasurementChange(entry: Pick<RecordHistoryEntry, 'operation' | 'changes'>, unit: MetricUnit): string {
  const value = entry.changes.find((change) => change.field === 'value');
  const source = entry.changes.find((change) => change.field === 'source');
  const imported = source?.to === 'import';
  switch (entry.operation) {
    case 'insert':
      return `${imported ? 'imported' : 'entered'} ${shownValue(value?.to, unit)}`;
    case 'delete':
      return `removed ${shownValue(value?.from, unit)}`;
    case 'update':
      if (!value) return imported ? 'imported the same value' : 'updated the value';
      return `${imported ? 'imported' : 'corrected'} ${shownValue(value.from, unit)} → ${shownValue(value.to, unit)}`;
  }
}

function MeasurementHistoryList({ measurementId, unit }: { measurementId: string; unit: MetricUnit }) {
  const { data, error, loading } = useRecordHistory('measurement', measurementId);
  if (error && !data) {
    return (
      <Alert color="red" variant="light" p="xs" role="alert">
        {apiErrorMessage(error)}
      </Alert>
    );
  }
  if (loading && !data) return <Loader size="sm" aria-label="Loading history" />;
  const entries = [...(data?.recordHistory ?? [])].reverse();
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No changes recorded.
      </Text>
    );
  }
  return (
    <Stack gap={8} component="ol" m={0} p={0} style={{ listStyle: 'none' }} data-testid="measurement-history">
      {entries.map((entry) => (
        <li key={entry.id} data-testid="measurement-history-entry">
          <Text size="sm" lh={1.35}>
            <Text span fw={600} inherit>
              {entry.actor?.name ?? 'System'}
            </Text>{' '}
            {describeMeasurementChange(entry, unit)}
          </Text>
          <Tooltip label={formatDateTime(entry.at)} withArrow openDelay={200}>
            <Text component="time" dateTime={entry.at} size="xs" c="dimmed">
              {formatRelative(entry.at)}
            </Text>
          </Tooltip>
        </li>
      ))}
    </Stack>
  );
}

export interface MeasurementHistoryPopoverProps {
  measurementId: string;
  date: string;
  unit: MetricUnit;
}

/** A small clock button that shows who entered, imported or corrected one value, newest first. */
export function MeasurementHistoryPopover({ measurementId, date, unit }: MeasurementHistoryPopoverProps) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const label = `History of the value on ${formatLocalDate(date)}`;
  return (
    <Popover opened={opened} onChange={(next) => (next ? undefined : close())} width={300} position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={toggle} aria-expanded={opened}>
          <IconHistory size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown aria-label={label}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={6}>
          {formatLocalDate(date)}
        </Text>
        {opened && <MeasurementHistoryList measurementId={measurementId} unit={unit} />}
      </Popover.Dropdown>
    </Popover>
  );
}
