import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IMPORT_FIELDS, type ImportField, type PartialImportColumnMapping } from '@rollout/domain';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { apiErrorMessage } from '../../../shared/lib/api-errors';
import { formatCount } from '../hooks/useMeasurementImport';

const FIELD_TEXT: Record<ImportField, { label: string; description: string; missing: string }> = {
  metric: { label: 'Metric column', description: 'Metric name or catalog key', missing: 'Pick the column with the metrics.' },
  unit: { label: 'Unit column', description: 'Unit name or code', missing: 'Pick the column with the units.' },
  date: { label: 'Date column', description: 'Day as YYYY-MM-DD', missing: 'Pick the column with the dates.' },
  value: { label: 'Value column', description: 'A number, e.g. 1234.5', missing: 'Pick the column with the values.' },
};

/** True when every field has a column. */
export function isCompleteMapping(mapping: PartialImportColumnMapping): mapping is { [K in ImportField]: string } {
  return IMPORT_FIELDS.every((field) => Boolean(mapping[field]));
}

export interface ImportCheckCounts {
  rowsTotal: number;
  validRows: number;
  invalidRows: number;
}

export interface ImportMappingStepProps {
  /** Column headers of the file. */
  columns: readonly string[];
  mapping: PartialImportColumnMapping;
  onChange: (field: ImportField, column: string) => void;
  /** The counts of the latest check, if it matches the mapping on screen. */
  counts: ImportCheckCounts | null;
  checking: boolean;
  checkError: unknown;
  onBack: () => void;
  onNext: () => void;
}

/** Step 2: which file column holds the metric, unit, date and value (guessed from the headers). */
export function ImportMappingStep({ columns, mapping, onChange, counts, checking, checkError, onBack, onNext }: ImportMappingStepProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const options = columns.map((column) => ({ value: column, label: column }));
  const complete = isCompleteMapping(mapping);

  return (
    <Stack gap="md">
      <div>
        <Title order={3} fz="md" ref={heading} tabIndex={-1}>
          Which column holds what?
        </Title>
        <Text size="sm" c="dimmed">
          Guessed from the file’s headers; change any that are wrong. The rows are checked again after each change.
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {IMPORT_FIELDS.map((field) => (
          <Select
            key={field}
            label={FIELD_TEXT[field].label}
            description={FIELD_TEXT[field].description}
            placeholder="Pick a column"
            data={options}
            value={mapping[field]}
            onChange={(value) => {
              if (value) onChange(field, value);
            }}
            allowDeselect={false}
            searchable={columns.length > 8}
            required
            error={mapping[field] ? undefined : FIELD_TEXT[field].missing}
            comboboxProps={{ withinPortal: true }}
          />
        ))}
      </SimpleGrid>

      <Group gap="xs" mih={24} aria-live="polite" data-testid="import-mapping-counts">
        {checking ? (
          <>
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              Checking the rows…
            </Text>
          </>
        ) : counts && complete ? (
          <Text size="sm">
            {formatCount(counts.rowsTotal)} rows: {formatCount(counts.validRows)} can be imported
            {counts.invalidRows > 0 ? `, ${formatCount(counts.invalidRows)} have problems` : ''}.
          </Text>
        ) : null}
      </Group>

      {Boolean(checkError) && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
          {apiErrorMessage(checkError)}
        </Alert>
      )}

      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Choose another file
        </Button>
        <Button onClick={onNext} disabled={!complete || checking || !counts}>
          Next: review rows
        </Button>
      </Group>
    </Stack>
  );
}
