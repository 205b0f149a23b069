import { Alert, Badge, Button, Checkbox, Group, List, Stack, Text, Title } from '@mantine/core';
import { canMarkRaciFinal } from '@rollout/domain';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useId } from 'react';
import { formatDateTime } from '../../../shared/lib/format';
import type { RaciMatrix } from '../hooks/useRaci';

export interface RaciSignOffProps {
  raci: RaciMatrix;
  canManage: boolean;
  /** Keys of the warnings the viewer has ticked. */
  acknowledged: ReadonlySet<string>;
  onAcknowledge: (key: string, acknowledged: boolean) => void;
  onMarkFinal: () => void;
  onReopen: () => void;
  busy: boolean;
}

const countOf = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Where the matrix stands: its errors counted, its warnings (each acknowledged by a tick before it
 * can be final), and "Mark final" (disabled, saying why, while anything is left) or, once final,
 * who marked it and "Reopen".
 */
export function RaciSignOff({ raci, canManage, acknowledged, onAcknowledge, onMarkFinal, onReopen, busy }: RaciSignOffProps) {
  const reasonId = useId();
  const { errors, warnings } = raci.validation;
  const check = canMarkRaciFinal(raci.validation, [...acknowledged]);
  const editable = canManage && !raci.final;

  return (
    <Stack gap="sm">
      {errors.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={countOf(errors.length, 'error to fix', 'errors to fix')}>
          Each domain needs exactly one Accountable and at least one Responsible; the domains concerned say what is wrong.
        </Alert>
      )}
      {warnings.length > 0 && (
        <Stack gap={6} component="section" aria-label="Warnings">
          <Title order={3} size="h5">
            {countOf(warnings.length, 'warning', 'warnings')} to discuss
          </Title>
          <List spacing={6} listStyleType="none" withPadding={false}>
            {warnings.map((warning) => (
              <List.Item key={warning.key}>
                <Group gap="sm" wrap="nowrap" align="flex-start" justify="space-between">
                  <Text size="sm">{warning.sentence}</Text>
                  {editable ? (
                    <Checkbox
                      label="Acknowledge"
                      aria-label={`Acknowledge: ${warning.sentence}`}
                      checked={acknowledged.has(warning.key)}
                      onChange={(event) => onAcknowledge(warning.key, event.currentTarget.checked)}
                      style={{ flex: 'none' }}
                    />
                  ) : (
                    warning.acknowledged && (
                      <Badge variant="light" color="gray" style={{ flex: 'none' }}>
                        Acknowledged
                      </Badge>
                    )
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {raci.final ? (
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="xs">
            <IconCircleCheck size={18} color="var(--mantine-color-teal-filled)" aria-hidden />
            <Text size="sm">
              Marked final{raci.markedFinalAt ? ` on ${formatDateTime(raci.markedFinalAt)}` : ''}
              {raci.markedFinalBy ? ` by ${raci.markedFinalBy.name}` : ''}.{canManage ? ' Reopen it to change it.' : ''}
            </Text>
          </Group>
          {canManage && (
            <Button variant="default" size="xs" loading={busy} onClick={onReopen}>
              Reopen
            </Button>
          )}
        </Group>
      ) : (
        canManage && (
          <Group justify="flex-end" wrap="wrap" gap="sm">
            {check.message && (
              <Text size="sm" c="dimmed" id={reasonId}>
                {check.message}
              </Text>
            )}
            <Button size="xs" loading={busy} disabled={!check.allowed} aria-describedby={check.message ? reasonId : undefined} onClick={onMarkFinal}>
              Mark final
            </Button>
          </Group>
        )
      )}
    </Stack>
  );
}
