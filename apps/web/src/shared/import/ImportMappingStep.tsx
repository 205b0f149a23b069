import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { apiErrorMessage } from '../lib/api-errors';
import { formatCount } from './upload';

/** How the mapping step names a field. */
export interface ImportFieldText {
  label: string;
  description: string;
  missing: string;
}

/** True when every required field has a column. */
export function isCompleteMapping<F extends string>(fields: readonly F[], mapping: Record<F, string | null>, optional: readonly F[] = []): boolean {
  return fields.every((field) => optional.includes(field) || Boolean(mapping[field]));
}

export interface ImportCheckCounts {
  rowsTotal: number;
  validRows: number;
  invalidRows: number;
}

export interface ImportMappingStepProps<F extends string> {
  fields: readonly F[];
  fieldText: Record<F, ImportFieldText>;
  /** Fields that may have no column (they can be cleared). */
  optional?: readonly F[];
  /** Column headers of the file. */
  columns: readonly string[];
  mapping: Record<F, string | null>;
  onChange: (field: F, column: string | null) => void;
  /** The counts of the latest check, if it matches the mapping on screen. */
  counts: ImportCheckCounts | null;
  checking: boolean;
  checkError: unknown;
  onBack: () => void;
  onNext: () => void;
}

/** Step 2 of every import: which file column holds each field (guessed from the headers). */
export function ImportMappingStep<F extends string>({ fields, fieldText, optional = [], columns, mapping, onChange, counts, checking, checkError, onBack, onNext }: ImportMappingStepProps<F>) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const options = columns.map((column) => ({ value: column, label: column }));
  const complete = isCompleteMapping(fields, mapping, optional);

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
        {fields.map((field) => (
          <Select
            key={field}
            label={fieldText[field].label}
            description={fieldText[field].description}
            placeholder={optional.includes(field) ? 'No column' : 'Pick a column'}
            data={options}
            value={mapping[field]}
            onChange={(value: string | null) => {
              if (value || optional.includes(field)) onChange(field, value);
            }}
            allowDeselect={optional.includes(field)}
            clearable={optional.includes(field)}
            searchable={columns.length > 8}
            required={!optional.includes(field)}
            error={mapping[field] || optional.includes(field) ? undefined : fieldText[field].missing}
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
