import { Anchor, Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { OPERATING_MODEL_LABELS, type ProgramSortField } from '@rollout/domain';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ProgramRowFragment as ProgramRowData } from '../../../gql/graphql';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
import { formatLocalDate, formatRelative } from '../../../shared/lib/format';
import type { SortDirection } from '../hooks/useProgramListParams';
import { ProgramPhaseBadge } from './ProgramPhaseBadge';
import { ProgramStatusBadge } from './ProgramStatusBadge';
import classes from './ProgramsTable.module.css';

export const ProgramRowFragment = graphql(`
  fragment ProgramRow on Program {
    id
    name
    phase
    status
    targetModel
    targetDate
    updatedAt
    archived
    owner {
      id
      name
    }
  }
`);

export interface ProgramsTableSort {
  field: ProgramSortField;
  direction: SortDirection;
}

export interface ProgramsTableProps {
  programs: readonly (FragmentType<typeof ProgramRowFragment> & { id: string })[];
  sort: ProgramsTableSort;
  onSortChange: (sort: ProgramsTableSort) => void;
  /** Show skeleton rows instead of data. */
  loading?: boolean;
}

interface SortableHeaderProps {
  field: ProgramSortField;
  label: string;
  sort: ProgramsTableSort;
  onSortChange: (sort: ProgramsTableSort) => void;
  /** Direction used on the first click. */
  firstDirection?: SortDirection;
}

function SortableHeader({ field, label, sort, onSortChange, firstDirection = 'asc' }: SortableHeaderProps) {
  const active = sort.field === field;
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <UnstyledButton
      className={classes.sortButton}
      data-active={active || undefined}
      onClick={() =>
        onSortChange({
          field,
          direction: active ? (sort.direction === 'asc' ? 'desc' : 'asc') : firstDirection,
        })
      }
    >
      <Group gap={4} wrap="nowrap">
        <span>{label}</span>
        <Icon size={14} stroke={1.8} className={classes.sortIcon} />
      </Group>
    </UnstyledButton>
  );
}

function ariaSort(field: ProgramSortField, sort: ProgramsTableSort): 'none' | 'ascending' | 'descending' {
  if (sort.field !== field) return 'none';
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

function sortableColumn(
  field: ProgramSortField,
  label: string,
  props: Pick<ProgramsTableProps, 'sort' | 'onSortChange'> & { firstDirection?: SortDirection; width?: number; className?: string },
  render: (program: ProgramRowData) => ReactNode,
): ResponsiveColumn<ProgramRowData> {
  return {
    key: field,
    header: label,
    render,
    thProps: { 'aria-sort': ariaSort(field, props.sort), w: props.width, className: props.className },
    renderHeader: () => (
      <SortableHeader field={field} label={label} sort={props.sort} onSortChange={props.onSortChange} firstDirection={props.firstDirection} />
    ),
  };
}

export function ProgramsTable({ programs, sort, onSortChange, loading = false }: ProgramsTableProps) {
  const sorting = { sort, onSortChange };
  const rows = programs.map((program) => getFragmentData(ProgramRowFragment, program));
  const columns: ResponsiveColumn<ProgramRowData>[] = [
    {
      ...sortableColumn('name', 'Program', { ...sorting, className: classes.nameCell }, (program) => (
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/programs/${program.id}`} fw={600} c="var(--app-color-strong-text)" className={classes.nameLink}>
            {program.name}
          </Anchor>
          {program.archived && (
            <Badge size="xs" color="gray" variant="filled">
              Archived
            </Badge>
          )}
        </Group>
      )),
      cardRole: 'title',
    },
    sortableColumn('phase', 'Phase', { ...sorting, width: 120 }, (program) => <ProgramPhaseBadge phase={program.phase} />),
    {
      key: 'status',
      // The owner's report; the program page computes health from the units and pilots beside it.
      header: 'Reported status',
      thProps: { w: 130 },
      render: (program) => <ProgramStatusBadge status={program.status} />,
    },
    {
      key: 'targetModel',
      header: 'Target model',
      thProps: { w: 150 },
      render: (program) => <Text size="sm">{OPERATING_MODEL_LABELS[program.targetModel]}</Text>,
    },
    { key: 'owner', header: 'Owner', thProps: { w: 160 }, render: (program) => <Text size="sm">{program.owner.name}</Text> },
    sortableColumn('target_date', 'Target date', { ...sorting, width: 140 }, (program) => (
      <Text size="sm" className={classes.nowrap}>
        {formatLocalDate(program.targetDate)}
      </Text>
    )),
    sortableColumn('updated_at', 'Updated', { ...sorting, width: 120, firstDirection: 'desc' }, (program) => (
      <Text size="sm" c="dimmed" className={classes.nowrap} title={program.updatedAt}>
        {formatRelative(program.updatedAt)}
      </Text>
    )),
  ];
  return (
    <ResponsiveTable
      aria-label="Programs"
      rows={rows}
      columns={columns}
      rowKey={(program) => program.id}
      rowProps={() => ({ 'data-testid': 'program-row' })}
      tableProps={{ highlightOnHover: !loading }}
      minWidth={960}
      loadingRows={loading ? 6 : undefined}
    />
  );
}
