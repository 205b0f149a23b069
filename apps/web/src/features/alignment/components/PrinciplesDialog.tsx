import { ActionIcon, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { MAX_PRINCIPLES } from '@rollout/domain';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ProgramAlignmentQuery } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { DoneFooter } from '../../../shared/components/DoneFooter';
import { RenameField } from '../../../shared/components/RenameField';
import { useWriteError } from '../../../shared/hooks/useWriteError';
import { useRemoveDesignPrinciple, useSaveDesignPrinciple } from '../hooks/useAlignment';

type Principle = ProgramAlignmentQuery['program']['alignment']['principles'][number];

export interface PrinciplesDialogProps {
  programId: string;
  principles: readonly Principle[];
  onClose: () => void;
}

/** Renames, adds and removes (confirmed) the program's design principles; each change saves on its own. */
export function PrinciplesDialog({ programId, principles, onClose }: PrinciplesDialogProps) {
  const [added, setAdded] = useState('');
  const { error, run } = useWriteError();
  const [removing, setRemoving] = useState<Principle | null>(null);
  const [save, { loading: saving }] = useSaveDesignPrinciple();
  const [remove, { loading: removingNow }] = useRemoveDesignPrinciple();

  const rename = (principle: Principle, name: string) =>
    run(() => save({ variables: { input: { programId, id: principle.id, name, expectedVersion: principle.version } } }));
  const add = async () => {
    if (await run(() => save({ variables: { input: { programId, name: added } } }))) setAdded('');
  };
  const confirmRemoval = async () => {
    if (!removing) return;
    const principle = removing;
    setRemoving(null);
    await run(() => remove({ variables: { id: principle.id } }));
  };

  return (
    <>
      <Modal opened={removing === null} onClose={onClose} title="Design principles">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            A renamed principle keeps its weights and scores. Changes save as you leave a field.
          </Text>
          {principles.map((principle) => (
            <Group key={principle.id} gap="xs" wrap="nowrap" align="flex-end">
              <RenameField flex={1} aria-label={`Name of ${principle.name}`} name={principle.name} onRename={(name) => rename(principle, name)} />
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={`Remove ${principle.name}`} onClick={() => setRemoving(principle)}>
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          ))}
          {principles.length < MAX_PRINCIPLES && (
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                flex={1}
                label="New principle"
                placeholder="e.g. Data privacy"
                value={added}
                onChange={(event) => setAdded(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') void add();
                }}
              />
              <Button variant="light" loading={saving} disabled={added.trim() === ''} onClick={() => void add()}>
                Add
              </Button>
            </Group>
          )}
          <DoneFooter error={error} onDone={onClose} />
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={removing !== null}
        title={`Remove ${removing?.name ?? 'the principle'}?`}
        confirmLabel="Remove"
        loading={removingNow}
        onConfirm={() => void confirmRemoval()}
        onClose={() => setRemoving(null)}
      >
        Its weights and its scores in the matrix go with it.
      </ConfirmDialog>
    </>
  );
}
