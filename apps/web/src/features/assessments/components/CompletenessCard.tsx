import { Button, Group, NumberInput, Paper, Popover, Progress, Stack, Text, Title } from '@mantine/core';
import { formatCalendarDate, PROGRAM_PHASE_LABELS, type ProgramPhase } from '@rollout/domain';
import { useState } from 'react';
import { apiErrorMessage } from '../../../shared/lib/api-errors';
import type { AssessmentData, GridColumn } from './assessment-grid';

export interface CompletenessCardProps {
  assessment: AssessmentData;
  /** The program's phase: once past Assess, the share needed for Align no longer applies. */
  phase: ProgramPhase;
  canRemind: boolean;
  reminding: boolean;
  onRemind: (column: GridColumn) => void;
  /** Sets the share needed before Align; absent when the viewer may not. Throws the API error when it fails. */
  onChangeThreshold?: (threshold: number) => Promise<unknown>;
}

/** How much of each column is filled, against the share the program needs before Align. */
export function CompletenessCard({ assessment, phase, canRemind, reminding, onRemind, onChangeThreshold }: CompletenessCardProps) {
  const gating = phase === 'assess';
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          Completeness
        </Title>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {gating
              ? `${assessment.completeness}% of ${assessment.threshold}% needed for Align`
              : `${assessment.completeness}% filled (the program is in ${PROGRAM_PHASE_LABELS[phase]})`}
          </Text>
          {gating && onChangeThreshold && <ThresholdEditor threshold={assessment.threshold} onSave={onChangeThreshold} />}
        </Group>
      </Group>
      <Stack gap="xs" component="ul" aria-label="Completeness per unit" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {assessment.columns.map((column) => (
          <li key={column.unitId ?? 'central'}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{column.name}</Text>
              <Text size="sm" c="dimmed">
                {column.filled} of {column.total} · {column.percent}%
              </Text>
            </Group>
            <Progress value={column.percent} size="sm" aria-label={`${column.name}: ${column.percent}% filled`} />
            {canRemind && column.unitId !== null && column.percent < 100 ? (
              <Group gap="xs" mt={4}>
                <Button size="compact-xs" variant="default" loading={reminding} onClick={() => onRemind(column)}>
                  Remind {column.name}
                </Button>
                {column.lastRemindedAt ? (
                  <Text size="xs" c="dimmed">
                    Last reminded {formatCalendarDate(column.lastRemindedAt.slice(0, 10))}
                  </Text>
                ) : null}
              </Group>
            ) : null}
          </li>
        ))}
      </Stack>
    </Paper>
  );
}

/** A small popover to change the share of filled cells the program needs before Align. */
function ThresholdEditor({ threshold, onSave }: { threshold: number; onSave: (threshold: number) => Promise<unknown> }) {
  const [opened, setOpened] = useState(false);
  const [value, setValue] = useState<number | string>(threshold);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setError(null);
    setSaving(true);
    try {
      await onSave(Number(value));
      setOpened(false);
    } catch (caught) {
      setError(apiErrorMessage(caught));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      trapFocus
      position="bottom-end"
      withArrow
      shadow="md"
    >
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => {
            setValue(threshold);
            setOpened((open) => !open);
          }}
        >
          Change
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={220}>
          <NumberInput label="Share needed before Align (%)" min={0} max={100} allowDecimal={false} allowNegative={false} value={value} onChange={setValue} error={error} />
          <Button size="xs" loading={saving} onClick={() => void save()}>
            Save
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
