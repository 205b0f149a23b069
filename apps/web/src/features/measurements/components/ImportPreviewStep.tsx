import { Alert, Button, Checkbox, Group, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { PreviewMeasurementImportMutation as PreviewResult } from '../../../gql/graphql';
import { apiErrorMessage } from '../../../shared/lib/api-errors';
import { formatLocalDate } from '../../../shared/lib/format';
import { ImportErrorsTable } from '../../../shared/import/ImportErrorsTable';
import { formatCount } from '../../../shared/import/upload';

export type ImportPreview = PreviewResult['previewMeasurementImport'];
function Count({ label, value, color, testId }: { label: string; value: number; color?: string; testId: string }) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="xl" fw={700} c={color}>
        {formatCount(value)}
      </Text>
    </Paper>
  );
}

export interface ImportPreviewStepProps {
  preview: ImportPreview;
  onlyValidRows: boolean;
  onOnlyValidRowsChange: (value: boolean) => void;
  committing: boolean;
  commitError: unknown;
  onBack: () => void;
  onCommit: () => void;
}

/** Step 3: what the import would do: counts, each problem row, a sample of the values, then Import. */
export function ImportPreviewStep({
  preview,
  onlyValidRows,
  onOnlyValidRowsChange,
  committing,
  commitError,
  onBack,
  onCommit,
}: ImportPreviewStepProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const sampleTitleId = useId();
  useEffect(() => heading.current?.focus(), []);
  const { validRows, invalidRows, rowsTotal, errors, sample } = preview;
  const hasProblems = invalidRows > 0 || errors.length > 0;
  const blocked = validRows === 0 || (hasProblems && !onlyValidRows);
  let status: ReactNode;
  if (validRows === 0) {
    status = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="Nothing can be imported" role="alert">
        No row of this file can be imported. Fix the problems below (or the column choices) and try again.
      </Alert>
    );
  } else if (hasProblems) {
    status = (
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Some rows have problems">
        Fix the file and upload it again, or import only the valid rows and skip the others.
      </Alert>
    );
  } else {
    status = (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="Every row can be imported">
        Values already there with the same number stay as they are; different numbers replace them (the old value stays in the
        history).
      </Alert>
    );
  }

  return (
    <Stack gap="md">
      <Title order={3} fz="md" ref={heading} tabIndex={-1}>
        Review before importing
      </Title>
      <SimpleGrid cols={3} spacing="sm">
        <Count label="Valid" value={validRows} color="teal.7" testId="import-count-valid" />
        <Count label="With problems" value={invalidRows} color={invalidRows > 0 ? 'red.7' : undefined} testId="import-count-invalid" />
        <Count label="Rows in file" value={rowsTotal} testId="import-count-total" />
      </SimpleGrid>
      {status}

      {errors.length > 0 && <ImportErrorsTable errors={errors} invalidRows={invalidRows} />}

      {sample.length > 0 && (
        <Stack gap={6}>
          <Title order={4} fz="sm" id={sampleTitleId}>
            Values as they will be imported {validRows > sample.length ? `(first ${sample.length} of ${formatCount(validRows)})` : ''}
          </Title>
          <ScrollArea.Autosize mah={220} type="auto" offsetScrollbars>
            <Table striped stickyHeader verticalSpacing={4} fz="sm" aria-labelledby={sampleTitleId} data-testid="import-sample">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Metric</Table.Th>
                  <Table.Th>Unit</Table.Th>
                  <Table.Th>Date</Table.Th>
                  <Table.Th ta="right">Value</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sample.map((row) => (
                  <Table.Tr key={row.line}>
                    <Table.Td>{row.line}</Table.Td>
                    <Table.Td>{row.metric}</Table.Td>
                    <Table.Td>{row.unit}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatLocalDate(row.date)}</Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {row.value}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Stack>
      )}

      {hasProblems && validRows > 0 && (
        <Checkbox
          label={`Import only the valid rows (skip ${formatCount(invalidRows)})`}
          checked={onlyValidRows}
          onChange={(event) => onOnlyValidRowsChange(event.currentTarget.checked)}
        />
      )}

      {Boolean(commitError) && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="The import did not start" role="alert">
          {apiErrorMessage(commitError)}
        </Alert>
      )}

      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={committing}>
          Back to columns
        </Button>
        <Button onClick={onCommit} disabled={blocked} loading={committing}>
          Import {formatCount(validRows)} {validRows === 1 ? 'value' : 'values'}
        </Button>
      </Group>
    </Stack>
  );
}
