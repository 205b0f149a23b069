import { Anchor, Badge, Group, Skeleton, Table, Text, UnstyledButton } from '@mantine/core';
import { OPERATING_MODEL_LABELS, type ProgramSortField } from '@rollout/domain';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
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
  width?: number;
  className?: string;
}

function SortableHeader({
  field,
  label,
  sort,
  onSortChange,
  firstDirection = 'asc',
  width,
  className,
}: SortableHeaderProps) {
  const active = sort.field === field;
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  const ariaSort = !active ? 'none' : sort.direction === 'asc' ? 'ascending' : 'descending';
  return (
    <Table.Th aria-sort={ariaSort} w={width} className={className}>
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
    </Table.Th>
  );
}

function ProgramRow({ program: programRef }: { program: FragmentType<typeof ProgramRowFragment> }) {
  const program = getFragmentData(ProgramRowFragment, programRef);
  return (
    <Table.Tr data-testid="program-row">
      <Table.Td>
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
      </Table.Td>
      <Table.Td>
        <ProgramPhaseBadge phase={program.phase} />
      </Table.Td>
      <Table.Td>
        <ProgramStatusBadge status={program.status} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{OPERATING_MODEL_LABELS[program.targetModel]}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{program.owner.name}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" className={classes.nowrap}>
          {formatLocalDate(program.targetDate)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed" className={classes.nowrap} title={program.updatedAt}>
          {formatRelative(program.updatedAt)}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

function SkeletonRows() {
  return (
    <>
      {Array.from({ length: 6 }, (_, row) => (
        <Table.Tr key={row} aria-hidden="true">
          {[200, 70, 80, 110, 110, 90, 70].map((width, cell) => (
            <Table.Td key={cell}>
              <Skeleton height={14} width={width} radius="sm" />
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </>
  );
}

export function ProgramsTable({ programs, sort, onSortChange, loading = false }: ProgramsTableProps) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table highlightOnHover={!loading} aria-busy={loading}>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader
              field="name"
              label="Program"
              sort={sort}
              onSortChange={onSortChange}
              className={classes.nameCell}
            />
            <SortableHeader field="phase" label="Phase" sort={sort} onSortChange={onSortChange} width={120} />
            <Table.Th w={130}>Status</Table.Th>
            <Table.Th w={150}>Target model</Table.Th>
            <Table.Th w={160}>Owner</Table.Th>
            <SortableHeader field="target_date" label="Target date" sort={sort} onSortChange={onSortChange} width={140} />
            <SortableHeader
              field="updated_at"
              label="Updated"
              sort={sort}
              onSortChange={onSortChange}
              firstDirection="desc"
              width={120}
            />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading ? <SkeletonRows /> : programs.map((program) => <ProgramRow key={program.id} program={program} />)}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
