import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { CONFLICT_MESSAGE } from '../lib/api-errors';

export interface ConflictChoiceProps {
  /** Drop the person's edits and show the version saved meanwhile. */
  onLoadTheirs: () => void;
  /** Save the person's edits over the version saved meanwhile. */
  onSaveMine: () => void;
}

/** After a CONFLICT: the edits are still in the form; load the other version, or save over it. */
export function ConflictChoice({ onLoadTheirs, onSaveMine }: ConflictChoiceProps) {
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Not saved" role="alert">
      <Stack gap="sm">
        <Text size="sm">{CONFLICT_MESSAGE} Your edits are still in the form: load their version, or save yours over it.</Text>
        <Group gap="sm">
          <Button size="xs" variant="default" onClick={onLoadTheirs}>
            Discard my edits and load theirs
          </Button>
          <Button size="xs" color="yellow" onClick={onSaveMine}>
            Save mine over theirs
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
