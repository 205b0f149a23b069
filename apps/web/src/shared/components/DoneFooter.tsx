import { Alert, Button, Group } from '@mantine/core';

/** The end of a dialog whose changes save one by one: why the last one failed (if it did), and Done. */
export function DoneFooter({ error, onDone }: { error: string | null; onDone: () => void }) {
  return (
    <>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </>
  );
}
