import { Group, ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { MATURITY_LABELS, WORK_PERFORMER_LABELS } from '@rollout/domain';
import type { AssessmentData, CellAddress, GridCell } from './assessment-grid';
import { cellDomId, cellKey, cellsByKey } from './assessment-grid';
import classes from './AssessmentHeatmap.module.css';

export interface AssessmentHeatmapProps {
  assessment: AssessmentData;
  /** Cells named by the finding the user picked. */
  highlighted: ReadonlySet<string>;
  onOpenCell: (address: CellAddress) => void;
}

function describeCell(cell: GridCell | undefined): string {
  if (!cell) return 'not filled';
  const maturity = cell.maturity === null ? '' : `, maturity ${cell.maturity} (${MATURITY_LABELS[cell.maturity] ?? ''})`;
  return `${WORK_PERFORMER_LABELS[cell.performer]}${maturity}${cell.decides ? ', claims the decision' : ''}`;
}

/** Activities × columns, each cell coloured by who does the work and showing its maturity. */
export function AssessmentHeatmap({ assessment, highlighted, onOpenCell }: AssessmentHeatmapProps) {
  const cells = cellsByKey(assessment.cells);
  return (
    <ScrollArea type="auto">
      <Table className={classes.grid} withTableBorder withColumnBorders aria-label="Where the work happens today">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Activity</Table.Th>
            {assessment.columns.map((column) => (
              <Table.Th key={column.unitId ?? 'central'} scope="col" className={classes.columnHead}>
                {column.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assessment.capabilities.map((capability) => [
            <Table.Tr key={capability.id} className={classes.capabilityRow}>
              <Table.Th scope="rowgroup" colSpan={assessment.columns.length + 1}>
                {capability.name}
              </Table.Th>
            </Table.Tr>,
            ...capability.activities.map((activity) => (
              <Table.Tr key={activity.id}>
                <Table.Th scope="row" className={classes.activity}>
                  {activity.name}
                </Table.Th>
                {assessment.columns.map((column) => {
                  const address = { activityId: activity.id, unitId: column.unitId };
                  const cell = cells.get(cellKey(address));
                  const label = `${activity.name}, ${column.name}: ${describeCell(cell)}`;
                  return (
                    <Table.Td key={cellKey(address)} className={classes.cellTd}>
                      <UnstyledButton
                        id={cellDomId(address)}
                        className={classes.cell}
                        data-performer={cell?.performer ?? 'empty'}
                        data-highlighted={highlighted.has(cellKey(address)) || undefined}
                        aria-label={column.viewerCanFill ? `Edit ${label}` : label}
                        title={label}
                        onClick={() => onOpenCell(address)}
                      >
                        <Group gap={2} justify="center" wrap="nowrap">
                          <Text size="sm" fw={600}>
                            {cell ? (cell.maturity ?? '–') : ''}
                          </Text>
                          {cell?.decides ? <IconFlag size={12} aria-hidden /> : null}
                        </Group>
                      </UnstyledButton>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            )),
          ])}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
