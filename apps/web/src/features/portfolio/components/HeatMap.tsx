import { useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Group, Skeleton, Text } from '@mantine/core';
import { RAG_STATUS_LABELS, RAG_STATUSES, UNIT_STAGE_LABELS, type RagStatus } from '@rollout/domain';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState, type CSSProperties } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../../../gql';
import type { HeatMapRowFieldsFragment as HeatMapRowData, PortfolioFilter } from '../../../gql/graphql';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { UNIT_STAGE_COLORS } from '../../../shared/components/UnitStageBadge';
import { RAG_STATUS_COLORS } from '../../pilots/pilot-display';
import classes from './HeatMap.module.css';

export const HeatMapRowFieldsFragment = graphql(`
  fragment HeatMapRowFields on HeatMapRow {
    unit {
      id
      name
      depth
    }
    hasChildren
    cells {
      programId
      units
      red
      amber
      green
      owing
      blocked
      own {
        stage
        stageLabel
        rag
        stale
        blocked
        link
      }
    }
  }
`);

export const PortfolioHeatMapQuery = graphql(`
  query PortfolioHeatMap($filter: PortfolioFilter, $parentId: ID) {
    portfolioHeatMap(filter: $filter, parentId: $parentId) {
      ...HeatMapRowFields
    }
  }
`);

type Row = HeatMapRowData;
type Summary = Row['cells'][number];
type Own = NonNullable<Summary['own']>;
interface Program {
  id: string;
  name: string;
}

const ragStyle = (rag: RagStatus): CSSProperties => ({ background: `var(--mantine-color-${RAG_STATUS_COLORS[rag]}-filled)` });
const WORST_FIRST: readonly RagStatus[] = ['red', 'amber', 'green'];

/** A light tint of a stage; a unit not started yet is a dashed outline (a grey tint reads as black in the dark scheme). */
function stageStyle(stage: Own['stage']): CSSProperties {
  if (stage === 'not_started') return { background: 'transparent', border: '1px dashed var(--mantine-color-dimmed)' };
  const color = UNIT_STAGE_COLORS[stage];
  return { background: `var(--mantine-color-${color}-light)`, color: `var(--mantine-color-${color}-light-color)` };
}

/** A unit's own cell: its last check-in's colour when it has one, else its stage's tint. */
const ownStyle = (cell: Own): CSSProperties => (cell.rag ? ragStyle(cell.rag) : stageStyle(cell.stage));

function ownLabel(unit: string, program: string, cell: Own): string {
  return [
    `${unit} in ${program}: ${cell.stageLabel}`,
    cell.rag ? `last check-in ${RAG_STATUS_LABELS[cell.rag].toLowerCase()}` : 'no recent check-in',
    ...(cell.stale ? ['owes a check-in'] : []),
    ...(cell.blocked ? ['blocked'] : []),
  ].join('; ');
}

function summaryLabel(unit: string, program: string, cell: Summary): string {
  const counted = WORST_FIRST.filter((rag) => cell[rag] > 0).map((rag) => `${cell[rag]} ${RAG_STATUS_LABELS[rag].toLowerCase()}`);
  return [
    `${unit} in ${program}: ${cell.units} ${cell.units === 1 ? 'unit' : 'units'}`,
    ...(counted.length > 0 ? [`last check-ins ${counted.join(', ')}`] : []),
    ...(cell.owing > 0 ? [`${cell.owing} owe a check-in`] : []),
    ...(cell.blocked > 0 ? [`${cell.blocked} blocked`] : []),
  ].join('; ');
}

const cellClass = (stale: boolean, blocked: boolean) => [classes.cell, stale ? classes.stale : '', blocked ? classes.blocked : ''].join(' ');

function Cells({ row, programs }: { row: Row; programs: readonly Program[] }) {
  return programs.map((program) => {
    const cell = row.cells.find((summary) => summary.programId === program.id);
    if (!cell) {
      return (
        <td key={program.id}>
          <div className={classes.empty} aria-hidden />
        </td>
      );
    }
    const own = !row.hasChildren ? cell.own : null;
    if (own) {
      const label = ownLabel(row.unit.name, program.name, own);
      return (
        <td key={program.id}>
          <Link to={own.link} className={cellClass(own.stale, own.blocked)} style={ownStyle(own)} aria-label={label} title={label} data-testid="heat-map-cell" />
        </td>
      );
    }
    // A unit that groups others sums them up: how many, coloured by the worst last check-in among them.
    const worst = WORST_FIRST.find((rag) => cell[rag] > 0);
    const label = summaryLabel(row.unit.name, program.name, cell);
    return (
      <td key={program.id}>
        <div
          className={cellClass(cell.owing > 0, cell.blocked > 0)}
          style={worst ? { ...ragStyle(worst), opacity: 0.8 } : { background: 'var(--mantine-color-default-hover)', color: 'var(--mantine-color-text)' }}
          role="img"
          aria-label={label}
          title={label}
        >
          {cell.units}
        </div>
      </td>
    );
  });
}

function HeatMapRow({ row, programs, filter }: { row: Row; programs: readonly Program[]; filter: PortfolioFilter }) {
  const [open, setOpen] = useState(false);
  const { unit } = row;
  return (
    <>
      <tr data-testid="heat-map-row" data-unit={unit.name}>
        <th className={classes.unitCell} scope="row" style={{ paddingLeft: unit.depth * 14 }}>
          <Group gap={2} wrap="nowrap">
            {row.hasChildren ? (
              <ActionIcon variant="subtle" color="gray" size="sm" onClick={() => setOpen(!open)} aria-expanded={open} aria-label={`${open ? 'Fold' : 'Unfold'} ${unit.name}`}>
                {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
              </ActionIcon>
            ) : (
              <span style={{ width: 22, flexShrink: 0 }} />
            )}
            <Text size="sm" fw={row.hasChildren ? 600 : 400} truncate>
              {unit.name}
            </Text>
          </Group>
        </th>
        <Cells row={row} programs={programs} />
      </tr>
      {open && <HeatMapLevel parentId={unit.id} depth={unit.depth + 1} programs={programs} filter={filter} />}
    </>
  );
}

/** One level of the tree, read when it is unfolded. */
function HeatMapLevel({ parentId, depth, programs, filter }: { parentId: string | null; depth: number; programs: readonly Program[]; filter: PortfolioFilter }) {
  const { data, error, refetch } = useQuery(PortfolioHeatMapQuery, { variables: { filter, parentId } });
  const colSpan = programs.length + 1;
  if (error && !data) {
    return (
      <tr>
        <td colSpan={colSpan}>
          <QueryErrorAlert error={error} title="Could not load these units" onRetry={() => void refetch()} />
        </td>
      </tr>
    );
  }
  if (!data) {
    return (
      <tr>
        <td colSpan={colSpan} style={{ paddingLeft: depth * 14 }}>
          <Skeleton height={28} aria-label="Loading units" />
        </td>
      </tr>
    );
  }
  const rows = data.portfolioHeatMap.map((row) => getFragmentData(HeatMapRowFieldsFragment, row));
  if (parentId === null && rows.length === 0) {
    return (
      <tr>
        <td colSpan={colSpan}>
          <Text size="sm" c="dimmed">
            No program has units in its roll-out yet.
          </Text>
        </td>
      </tr>
    );
  }
  return rows.map((row) => <HeatMapRow key={row.unit.id} row={row} programs={programs} filter={filter} />);
}

/** The units × programs heat map: the region tree down the side (each level read as it unfolds), a cell per unit in a program, each opening the record behind it. */
export function HeatMap({ programs, filter }: { programs: readonly Program[]; filter: PortfolioFilter }) {
  return (
    <>
      <div className={classes.scroll} tabIndex={0} role="region" aria-label="Heat map of units and programs, scrolls sideways">
        <table className={classes.table} aria-label="Units by program">
          <thead>
            <tr>
              <th className={classes.unitHead} scope="col">
                <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                  Unit
                </Text>
              </th>
              {programs.map((program) => (
                <th key={program.id} className={classes.programHead} scope="col">
                  <Anchor component={Link} to={`/programs/${program.id}?tab=units`} size="xs" c="var(--mantine-color-text)" title={program.name}>
                    {program.name}
                  </Anchor>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <HeatMapLevel parentId={null} depth={0} programs={programs} filter={filter} />
          </tbody>
        </table>
      </div>
      <HeatMapLegend />
    </>
  );
}

function HeatMapLegend() {
  return (
    <Group gap="md" mt="sm" wrap="wrap" aria-label="Legend">
      {RAG_STATUSES.map((rag) => (
        <Group key={rag} gap={6} wrap="nowrap">
          <span className={classes.legend} style={ragStyle(rag)} />
          <Text size="xs">Last check-in {RAG_STATUS_LABELS[rag].toLowerCase()}</Text>
        </Group>
      ))}
      {(['piloting', 'rolling_out', 'live', 'adopted', 'not_started'] as const).map((stage) => (
        <Group key={stage} gap={6} wrap="nowrap">
          <span className={classes.legend} style={stageStyle(stage)} />
          <Text size="xs">{UNIT_STAGE_LABELS[stage]}, no recent check-in</Text>
        </Group>
      ))}
      <Group gap={6} wrap="nowrap">
        <span className={`${classes.legend} ${classes.stale}`} style={{ background: 'var(--mantine-color-gray-filled)' }} />
        <Text size="xs">Owes a check-in</Text>
      </Group>
      <Group gap={6} wrap="nowrap">
        <span className={`${classes.legend} ${classes.blocked}`} />
        <Text size="xs">Blocked</Text>
      </Group>
      <Text size="xs" c="dimmed">
        A region’s cell counts its units in the program, coloured by the worst last check-in among them.
      </Text>
    </Group>
  );
}
