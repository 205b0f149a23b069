import { ActionIcon, Anchor, Group, Text } from '@mantine/core';
import { RAG_STATUS_LABELS, RAG_STATUSES, UNIT_STAGE_LABELS, type RagStatus } from '@rollout/domain';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState, type CSSProperties } from 'react';
import { Link } from 'react-router';
import type { PortfolioQuery } from '../../../gql/graphql';
import { UNIT_STAGE_COLORS } from '../../../shared/components/UnitStageBadge';
import { RAG_STATUS_COLORS } from '../../pilots/pilot-display';
import classes from './HeatMap.module.css';

type Portfolio = PortfolioQuery['portfolio'];
type Cell = Portfolio['cells'][number];
type Unit = Portfolio['units'][number];

/** Above this many rows the map opens at the top two levels of the tree; the rest unfold on demand. */
const OPEN_ALL_UP_TO = 40;

const ragStyle = (rag: RagStatus): CSSProperties => ({ background: `var(--mantine-color-${RAG_STATUS_COLORS[rag]}-filled)` });

/** A cell's colour: its last check-in's status when it has one, else a light tint of its stage. */
function cellStyle(cell: Cell): CSSProperties {
  if (cell.rag) return ragStyle(cell.rag);
  const color = UNIT_STAGE_COLORS[cell.stage];
  return { background: `var(--mantine-color-${color}-light)`, color: `var(--mantine-color-${color}-light-color)` };
}

function cellLabel(unit: string, program: string, cell: Cell): string {
  return [
    `${unit} in ${program}: ${cell.stageLabel}`,
    cell.rag ? `last check-in ${RAG_STATUS_LABELS[cell.rag].toLowerCase()}` : 'no recent check-in',
    ...(cell.stale ? ['owes a check-in'] : []),
    ...(cell.blocked ? ['blocked'] : []),
  ].join('; ');
}

const WORST_FIRST: readonly RagStatus[] = ['red', 'amber', 'green'];

/** The units × programs heat map: the region tree down the side (folding), a cell per unit in a program, each opening the record behind it. */
export function HeatMap({ portfolio }: { portfolio: Portfolio }) {
  const { units, cells, programs } = portfolio;
  const { childrenOf, cellsOf, below } = useMemo(() => {
    const childrenOf = new Map<string, Unit[]>();
    for (const unit of units) if (unit.parentId) childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) ?? []), unit]);
    const cellsOf = new Map<string, Map<string, Cell>>();
    for (const cell of cells) cellsOf.set(cell.unitId, (cellsOf.get(cell.unitId) ?? new Map<string, Cell>()).set(cell.programId, cell));
    // Every cell at or below a unit, for a folded unit's summary.
    const below = new Map<string, Cell[]>();
    const collect = (unit: Unit): Cell[] => {
      const found = [...(cellsOf.get(unit.id)?.values() ?? []), ...(childrenOf.get(unit.id) ?? []).flatMap(collect)];
      below.set(unit.id, found);
      return found;
    };
    units.filter((unit) => unit.depth === 0).forEach(collect);
    return { childrenOf, cellsOf, below };
  }, [units, cells]);
  const [folded, setFolded] = useState<ReadonlySet<string>>(() => new Set(units.length > OPEN_ALL_UP_TO ? units.filter((unit) => unit.depth >= 1 && childrenOf.has(unit.id)).map((unit) => unit.id) : []));
  const toggle = (id: string) =>
    setFolded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const visible: Unit[] = [];
  const hiddenUnder = new Set<string>();
  for (const unit of units) {
    if (unit.parentId && (hiddenUnder.has(unit.parentId) || folded.has(unit.parentId))) {
      hiddenUnder.add(unit.id);
      continue;
    }
    visible.push(unit);
  }

  if (units.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No program has units in its roll-out yet.
      </Text>
    );
  }
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
            {visible.map((unit) => {
              const parent = childrenOf.has(unit.id);
              const isFolded = folded.has(unit.id);
              return (
                <tr key={unit.id} data-testid="heat-map-row" data-unit={unit.name}>
                  <th className={classes.unitCell} scope="row" style={{ paddingLeft: unit.depth * 14 }}>
                    <Group gap={2} wrap="nowrap">
                      {parent ? (
                        <ActionIcon variant="subtle" color="gray" size="sm" onClick={() => toggle(unit.id)} aria-expanded={!isFolded} aria-label={`${isFolded ? 'Unfold' : 'Fold'} ${unit.name}`}>
                          {isFolded ? <IconChevronRight size={14} /> : <IconChevronDown size={14} />}
                        </ActionIcon>
                      ) : (
                        <span style={{ width: 22 }} />
                      )}
                      <Text size="sm" fw={parent ? 600 : 400} truncate>
                        {unit.name}
                      </Text>
                    </Group>
                  </th>
                  {programs.map((program) => {
                    const own = cellsOf.get(unit.id)?.get(program.id);
                    if (own && !(parent && isFolded)) {
                      return (
                        <td key={program.id}>
                          <Link
                            to={own.link}
                            className={[classes.cell, own.stale ? classes.stale : '', own.blocked ? classes.blocked : ''].join(' ')}
                            style={cellStyle(own)}
                            aria-label={cellLabel(unit.name, program.name, own)}
                            title={cellLabel(unit.name, program.name, own)}
                            data-testid="heat-map-cell"
                          />
                        </td>
                      );
                    }
                    const summary = parent ? (below.get(unit.id) ?? []).filter((cell) => cell.programId === program.id) : [];
                    if (summary.length === 0) return (
                        <td key={program.id}>
                          <div className={classes.empty} aria-hidden />
                        </td>
                      );
                    // A folded (or parent) unit sums up the units below it: how many, coloured by the worst check-in among them.
                    const worst = WORST_FIRST.find((rag) => summary.some((cell) => cell.rag === rag));
                    const label = `${unit.name} in ${program.name}: ${summary.length} ${summary.length === 1 ? 'unit' : 'units'}${worst ? `, worst last check-in ${RAG_STATUS_LABELS[worst].toLowerCase()}` : ''}`;
                    return (
                      <td key={program.id}>
                        <div className={classes.cell} style={worst ? { ...ragStyle(worst), opacity: 0.75 } : { background: 'var(--mantine-color-default-hover)', color: 'var(--mantine-color-text)' }} role="img" aria-label={label} title={label}>
                          {summary.length}
                        </div>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
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
          <span className={classes.legend} style={{ background: `var(--mantine-color-${UNIT_STAGE_COLORS[stage]}-light)` }} />
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
    </Group>
  );
}
