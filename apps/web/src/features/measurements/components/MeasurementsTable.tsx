import { ActionIcon, Badge, Button, Group, ScrollArea, Select, Skeleton, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { formatMetricValue, MEASUREMENT_SOURCE_LABELS, type MetricUnit } from '@rollout/domain';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { formatDateTime, formatLocalDate } from '../../../shared/lib/format';
import { MEASUREMENTS_PAGE, useMeasurements, type MeasurementRow } from '../hooks/useMeasurements';
import { MeasurementForm } from './MeasurementForm';
import { MeasurementHistoryPopover } from './MeasurementHistoryPopover';

/** A unit whose values can be shown, and whether the viewer may enter them. */
export interface MeasurementUnitOption {
  id: string;
  name: string;
  /** Managers for every unit; a regional partner for the pilot units in his region (PilotUnitReport.viewerCanReport). */
  canRecord: boolean;
  /** A comparison unit (shown as such in the picker). */
  comparison?: boolean;
}

export interface MeasurementsTableProps {
  metric: { id: string; name: string; unit: MetricUnit };
  units: readonly MeasurementUnitOption[];
  /** False once the pilot is decided: its values are final. */
  writable?: boolean;
  /** The unit shown first; default the first one the viewer may record, else the first. */
  initialUnitId?: string;
}

type Editing = { mode: 'add' } | { mode: 'correct'; row: MeasurementRow } | null;

/**
 * One metric's values for a chosen unit, newest day first, with "Add value" and "Correct" for
 * people who may enter them, and each value's history. Compact enough for a card or a dialog.
 */
export function MeasurementsTable({ metric, units, writable = true, initialUnitId }: MeasurementsTableProps) {
  const firstUnit = initialUnitId ?? units.find((unit) => unit.canRecord)?.id ?? units[0]?.id ?? null;
  const [unitId, setUnitId] = useState<string | null>(firstUnit);
  const [editing, setEditing] = useState<Editing>(null);
  const { data, error, loading, refetch } = useMeasurements(metric.id, unitId);
  const unit = units.find((item) => item.id === unitId) ?? null;
  const canRecord = writable && Boolean(unit?.canRecord);
  const rows = data?.measurements ?? [];

  const columns: ResponsiveColumn<MeasurementRow>[] = [
    { key: 'day', header: 'Day', cardRole: 'title', tdProps: { style: { whiteSpace: 'nowrap' } }, render: (row) => formatLocalDate(row.date) },
    {
      key: 'value',
      header: 'Value',
      thProps: { ta: 'right' },
      tdProps: { ta: 'right', style: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } },
      render: (row) => formatMetricValue(row.value, metric.unit),
    },
    {
      key: 'source',
      header: 'Source',
      render: (row) => (
        <Badge size="xs" variant="light" color={row.source === 'import' ? 'indigo' : 'gray'}>
          {MEASUREMENT_SOURCE_LABELS[row.source]}
        </Badge>
      ),
    },
    {
      key: 'enteredBy',
      header: 'Entered by',
      render: (row) => (
        <Tooltip label={`Last changed ${formatDateTime(row.updatedAt)}`} withArrow openDelay={300}>
          <Text span size="sm">
            {row.enteredBy.name}
          </Text>
        </Tooltip>
      ),
    },
    {
      key: 'actions',
      header: <VisuallyHidden>Actions</VisuallyHidden>,
      cardRole: 'actions',
      render: (row) => (
        <Group gap={2} justify="flex-end" wrap="nowrap">
          {canRecord && (
            <Tooltip label="Correct" withArrow openDelay={300}>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Correct the value on ${formatLocalDate(row.date)}`}
                onClick={() => setEditing({ mode: 'correct', row })}
              >
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
          )}
          <MeasurementHistoryPopover measurementId={row.id} date={row.date} unit={metric.unit} />
        </Group>
      ),
    },
  ];

  if (units.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The pilot has no units yet.
      </Text>
    );
  }

  return (
    <Stack gap="sm" data-testid="measurements-table" data-metric-id={metric.id}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Select
          label="Unit"
          size="xs"
          w={240}
          data={units.map((item) => ({ value: item.id, label: item.comparison ? `${item.name} (comparison)` : item.name }))}
          value={unitId}
          onChange={(value) => {
            if (!value) return;
            setUnitId(value);
            setEditing(null);
          }}
          allowDeselect={false}
          searchable={units.length > 8}
        />
        {canRecord && editing === null && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing({ mode: 'add' })}>
            Add value
          </Button>
        )}
      </Group>

      {unit && editing && (
        <MeasurementForm
          key={editing.mode === 'correct' ? editing.row.id : `add-${unit.id}`}
          metric={metric}
          unit={unit}
          correcting={editing.mode === 'correct' ? editing.row : null}
          onDone={() => setEditing(null)}
        />
      )}

      {error && !data ? (
        <QueryErrorAlert error={error} title="Could not load the values" onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Stack gap={6} aria-busy="true" aria-label="Loading values">
          {[0, 1, 2].map((index) => (
            <Skeleton key={index} height={20} />
          ))}
        </Stack>
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No values for {unit?.name ?? 'this unit'} yet{canRecord ? ': add one, or import a file.' : '.'}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars>
          <ResponsiveTable
            aria-label={`${metric.name}: values of ${unit?.name ?? 'the unit'}`}
            rows={rows}
            columns={columns}
            rowKey={(row) => row.id}
            rowProps={(row) => ({ 'data-testid': 'measurement-row', 'data-date': row.date })}
            tableProps={{ striped: true, stickyHeader: true, verticalSpacing: 4, fz: 'sm' }}
          />
          {rows.length >= MEASUREMENTS_PAGE && (
            <Text size="xs" c="dimmed" mt={4}>
              The latest {MEASUREMENTS_PAGE} values are shown; export the pilot’s values for all of them.
            </Text>
          )}
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
