import { Group, Paper, Skeleton, Stack, Table, Text, type TableProps, type TableTdProps, type TableThProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { HTMLAttributes, ReactNode } from 'react';
import classes from './ResponsiveTable.module.css';

/** Below this width (Mantine's `sm`, 768 px) a table becomes a list of cards. */
export const NARROW_SCREEN_QUERY = '(max-width: 47.99em)';

/** What a column shows, in the table and in the card. */
export interface ResponsiveColumn<Row> {
  key: string;
  /** The column header; also the label in a card unless `cardLabel` says otherwise. */
  header: ReactNode;
  /**
   * Where the value goes in a card: `field` (default) under its label, `title` at the top without a label,
   * `actions` at the bottom right without a label.
   */
  cardRole?: 'title' | 'field' | 'actions';
  /** The label in a card when the header is not plain text (e.g. a sort button). */
  cardLabel?: string;
  render: (row: Row) => ReactNode;
  /** Width, alignment or sort state of the header cell (wide screens). */
  thProps?: TableThProps;
  /** Alignment or wrapping of the body cells (wide screens). */
  tdProps?: TableTdProps;
  /** A header cell of its own (a sort button); `thProps` still apply. */
  renderHeader?: () => ReactNode;
}

/** Attributes each row carries in both layouts (test ids, data attributes, a highlight class). */
export type ResponsiveRowProps = HTMLAttributes<HTMLElement> & Record<`data-${string}`, string | number | boolean | undefined>;

export interface ResponsiveTableProps<Row> {
  rows: readonly Row[];
  columns: readonly ResponsiveColumn<Row>[];
  rowKey: (row: Row) => string;
  /** Names the table (or the list of cards) for assistive technology. */
  'aria-label': string;
  rowProps?: (row: Row) => ResponsiveRowProps;
  /** Props of the Mantine Table on wide screens. */
  tableProps?: Omit<TableProps, 'children'>;
  /** Below this width the wide table scrolls inside its container, never the page. */
  minWidth?: number;
  /** Show this many placeholder rows instead of data. */
  loadingRows?: number;
}

function headerText(column: ResponsiveColumn<unknown>): ReactNode {
  return column.cardLabel ?? column.header;
}

function WideTable<Row>({ rows, columns, rowKey, rowProps, tableProps, minWidth, loadingRows, ...rest }: ResponsiveTableProps<Row>) {
  const table = (
    <Table {...tableProps} aria-label={rest['aria-label']} aria-busy={loadingRows ? true : undefined}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.key} {...column.thProps}>
              {column.renderHeader ? column.renderHeader() : column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {loadingRows
          ? Array.from({ length: loadingRows }, (_, index) => (
              <Table.Tr key={index} aria-hidden="true">
                {columns.map((column) => (
                  <Table.Td key={column.key}>
                    <Skeleton height={14} radius="sm" />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          : rows.map((row) => (
              <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.key} {...column.tdProps}>
                    {column.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
      </Table.Tbody>
    </Table>
  );
  // A table wider than its column scrolls sideways: keyboard users reach the scroll by focusing it (WCAG 2.1.1), also when no cell holds a control.
  return minWidth ? (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0}>
      {table}
    </Table.ScrollContainer>
  ) : (
    table
  );
}

function CardList<Row>({ rows, columns, rowKey, rowProps, loadingRows, ...rest }: ResponsiveTableProps<Row>) {
  const titles = columns.filter((column) => column.cardRole === 'title');
  const fields = columns.filter((column) => (column.cardRole ?? 'field') === 'field');
  const actions = columns.filter((column) => column.cardRole === 'actions');
  if (loadingRows) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label={rest['aria-label']}>
        {Array.from({ length: loadingRows }, (_, index) => (
          <Skeleton key={index} height={96} radius="md" />
        ))}
      </Stack>
    );
  }
  return (
    <ul className={classes.list} aria-label={rest['aria-label']} data-layout="cards">
      {rows.map((row) => {
        const { className, ...attributes } = rowProps?.(row) ?? {};
        return (
          <Paper
            component="li"
            key={rowKey(row)}
            withBorder
            p="sm"
            className={className ? `${classes.card} ${className}` : classes.card}
            {...attributes}
          >
            {titles.length > 0 && (
              <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap" mb="xs">
                {titles.map((column) => (
                  <div key={column.key} className={classes.value}>
                    {column.render(row)}
                  </div>
                ))}
              </Group>
            )}
            <dl className={classes.fields}>
              {fields.map((column) => (
                <div key={column.key} className={classes.field}>
                  <Text component="dt" size="xs" fw={600} c="dimmed">
                    {headerText(column as ResponsiveColumn<unknown>)}
                  </Text>
                  <dd className={classes.value}>{column.render(row)}</dd>
                </div>
              ))}
            </dl>
            {actions.length > 0 && (
              <Group justify="flex-end" gap="xs" mt="xs">
                {actions.map((column) => (
                  <div key={column.key}>{column.render(row)}</div>
                ))}
              </Group>
            )}
          </Paper>
        );
      })}
    </ul>
  );
}

/**
 * A Mantine table on wide screens and, below 768 px, a list of cards with each column's label beside its
 * value: nothing is clipped and the page never scrolls sideways on a phone.
 */
export function ResponsiveTable<Row>(props: ResponsiveTableProps<Row>) {
  // Read on the first render, so a phone never draws the wide table first.
  const narrow = useMediaQuery(NARROW_SCREEN_QUERY, false, { getInitialValueInEffect: false });
  return narrow ? <CardList {...props} /> : <WideTable {...props} />;
}
