import { Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { apiErrorMessage } from '../../../shared/lib/api-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useCreateRolloutPlan } from '../hooks/useRolloutPlan';

export interface StartRolloutCardProps {
  programId: string;
  canManage: boolean;
  pilots: readonly { id: string; name: string; decisions: readonly { decision: string; decidedAt: string }[] }[];
}

/** The Scale tab before a roll-out: it starts from a pilot whose latest gate decision is scale. */
export function StartRolloutCard({ programId, canManage, pilots }: StartRolloutCardProps) {
  const scaled = pilots.filter((pilot) => [...pilot.decisions].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))[0]?.decision === 'scale');
  const [pilotId, setPilotId] = useState<string | null>(scaled[0]?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  const [create, { loading }] = useCreateRolloutPlan();
  const start = async () => {
    if (!pilotId) return;
    setError(null);
    try {
      await create({ variables: { input: { programId, pilotId } } });
      notifySuccess('Roll-out started. Plan its first wave.');
    } catch (createError) {
      setError(apiErrorMessage(createError));
    }
  };
  return (
    <Card withBorder padding="xl" radius="md">
      <Stack gap="sm" maw={560}>
        <Title order={3}>No roll-out yet</Title>
        <Text size="sm" c="dimmed">
          A roll-out carries a pilot decided <b>scale</b> to the remaining units in waves: each unit gets the pilot’s success metrics against its own baseline, a readiness checklist and the lessons learned.
        </Text>
        {scaled.length === 0 ? (
          <Text size="sm">No pilot of this program is decided scale yet. Record the gate decision on a pilot first.</Text>
        ) : canManage ? (
          <Group align="flex-end">
            <Select label="From the pilot" data={scaled.map((pilot) => ({ value: pilot.id, label: pilot.name }))} value={pilotId} onChange={setPilotId} allowDeselect={false} w={280} />
            <Button onClick={() => void start()} loading={loading} disabled={!pilotId}>
              Start roll-out
            </Button>
          </Group>
        ) : (
          <Text size="sm">The program’s leads start the roll-out.</Text>
        )}
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
