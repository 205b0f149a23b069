import { Group, ScrollArea, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { formatCount } from './upload';

/** A row (or, on line 1, the whole file) that cannot be imported, as every import's preview lists it. */
export interface RowError {
  line: number;
  column?: string | null;
  reason: string;
}

type SortKey = 'line' | 'column' | 'reason';
interface Sort {
  key: SortKey;
  ascending: boolean;
}

/** The most problems the API lists (it counts them all). */
const LISTED_ERRORS = 200;

function compareErrors(a: RowError, b: RowError, key: SortKey): number {
  switch (key) {
    case 'line':
      return a.line - b.line;
    case 'column':
      return (a.column ?? '').localeCompare(b.column ?? '') || a.line - b.line;
    case 'reason':
      return a.reason.localeCompare(b.reason) || a.line - b.line;
  }
}

function SortableHeader({ label, column, sort, onSort }: { label: string; column: SortKey; sort: Sort; onSort: (key: SortKey) => void }) {
  const active = sort.key === column;
  const Icon = !active ? IconArrowsSort : sort.ascending ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(column)} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={14} aria-hidden stroke={active ? 2 : 1.5} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/** The rows that cannot be imported, line by line, sortable by line, column or problem. */
export function ImportErrorsTable({ errors, invalidRows }: { errors: readonly RowError[]; invalidRows: number }) {
  const [sort, setSort] = useState<Sort>({ key: 'line', ascending: true });
  const titleId = useId();
  const sorted = useMemo(
    () => [...errors].sort((a, b) => (sort.ascending ? 1 : -1) * compareErrors(a, b, sort.key)),
    [errors, sort],
  );
  const onSort = (key: SortKey) => setSort((current) => ({ key, ascending: current.key === key ? !current.ascending : true }));

  return (
    <Stack gap={6}>
      <Title order={4} fz="sm" id={titleId}>
        Problems ({formatCount(invalidRows)} {invalidRows === 1 ? 'row' : 'rows'})
      </Title>
      <ScrollArea.Autosize mah={260} type="auto" offsetScrollbars>
        <Table striped stickyHeader verticalSpacing={6} fz="sm" aria-labelledby={titleId} data-testid="import-errors">
          <Table.Thead>
            <Table.Tr>
              <SortableHeader label="Line" column="line" sort={sort} onSort={onSort} />
              <SortableHeader label="Column" column="column" sort={sort} onSort={onSort} />
              <SortableHeader label="Problem" column="reason" sort={sort} onSort={onSort} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((error, index) => (
              <Table.Tr key={`${error.line}-${error.column ?? ''}-${index}`} data-testid="import-error-row" data-line={error.line}>
                <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {error.line === 1 ? '1 (header)' : formatCount(error.line)}
                </Table.Td>
                <Table.Td>{error.column ?? '—'}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{error.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {errors.length >= LISTED_ERRORS && (
        <Text size="xs" c="dimmed">
          The first {LISTED_ERRORS} problems are listed. Fix them and upload the file again to see any others.
        </Text>
      )}
    </Stack>
  );
}
