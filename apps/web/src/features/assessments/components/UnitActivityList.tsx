import { Badge, Group, Paper, Select, Stack, Text, UnstyledButton } from '@mantine/core';
import { WORK_PERFORMER_LABELS } from '@rollout/domain';
import type { AssessmentData, CellAddress } from './assessment-grid';
import { cellDomId, cellKey, cellsByKey } from './assessment-grid';

export interface UnitActivityListProps {
  assessment: AssessmentData;
  unitKey: string;
  onUnitKeyChange: (key: string) => void;
  onOpenCell: (address: CellAddress) => void;
}

export const columnKey = (unitId: string | null) => unitId ?? 'central';

/** On a phone: one column (a partner's own unit first) as a list of activities, each opening the cell editor. */
export function UnitActivityList({ assessment, unitKey, onUnitKeyChange, onOpenCell }: UnitActivityListProps) {
  const cells = cellsByKey(assessment.cells);
  const column = assessment.columns.find((candidate) => columnKey(candidate.unitId) === unitKey) ?? assessment.columns[0];
  if (!column) return null;
  return (
    <Stack>
      <Select
        label="Unit"
        data={assessment.columns.map((candidate) => ({ value: columnKey(candidate.unitId), label: candidate.name }))}
        value={columnKey(column.unitId)}
        onChange={(value) => value && onUnitKeyChange(value)}
        allowDeselect={false}
      />
      {assessment.capabilities.map((capability) => (
        <Stack key={capability.id} gap="xs">
          <Text fw={600} size="sm">
            {capability.name}
          </Text>
          {capability.activities.map((activity) => {
            const address = { activityId: activity.id, unitId: column.unitId };
            const cell = cells.get(cellKey(address));
            return (
              <Paper key={activity.id} withBorder radius="md" p={0}>
                <UnstyledButton id={cellDomId(address)} p="sm" w="100%" onClick={() => onOpenCell(address)} aria-label={`${activity.name}: ${cell ? WORK_PERFORMER_LABELS[cell.performer] : 'not filled'}`}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text size="sm">{activity.name}</Text>
                    {cell ? (
                      <Badge variant="light" color={cell.performer === 'nobody' ? 'red' : cell.performer === 'both' ? 'orange' : cell.performer === 'local' ? 'teal' : 'blue'}>
                        {WORK_PERFORMER_LABELS[cell.performer]}
                        {cell.maturity === null ? '' : ` · ${cell.maturity}`}
                      </Badge>
                    ) : (
                      <Text size="xs" c="dimmed">
                        Not filled
                      </Text>
                    )}
                  </Group>
                </UnstyledButton>
              </Paper>
            );
          })}
        </Stack>
      ))}
    </Stack>
  );
}
