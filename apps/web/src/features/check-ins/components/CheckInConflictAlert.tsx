import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { RagStatusBadge } from '../../pilots/components/PilotBadges';
import type { ExistingCheckIn } from './check-in-conflict';

export interface CheckInConflictAlertProps {
  unitName: string;
  /** The check-in as the other person saved it, when the API sent it. */
  theirs: ExistingCheckIn | null;
  /** Replace the person's answers with theirs. */
  onLoadTheirs: () => void;
}

/** After a CONFLICT on a check-in: what the other person reported, and the choice to load it. */
export function CheckInConflictAlert({ unitName, theirs, onLoadTheirs }: CheckInConflictAlertProps) {
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Someone else updated this check-in" role="alert">
      <Stack gap="xs">
        {theirs ? (
          <>
            <Group gap={6}>
              <Text size="sm">While you were editing, {unitName} was reported</Text>
              <RagStatusBadge status={theirs.status} size="sm" />
              <Text size="sm">with confidence {theirs.confidence} of 5.</Text>
            </Group>
            {theirs.commentary && (
              <Text size="sm" fs="italic" style={{ overflowWrap: 'anywhere' }}>
                “{theirs.commentary}”
              </Text>
            )}
          </>
        ) : (
          <Text size="sm">While you were editing, someone else saved {unitName}’s check-in for this week.</Text>
        )}
        <Text size="sm">Your answers are still below: save to replace theirs, or load their check-in.</Text>
        {theirs && (
          <Group>
            <Button size="xs" variant="default" onClick={onLoadTheirs}>
              Load their check-in
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
