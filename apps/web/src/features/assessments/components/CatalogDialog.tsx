import { ActionIcon, Group, Modal, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ProgramAssessmentQuery } from '../../../gql/graphql';
import { AddNameField } from '../../../shared/components/AddNameField';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { DoneFooter } from '../../../shared/components/DoneFooter';
import { RenameField } from '../../../shared/components/RenameField';
import { useWriteError } from '../../../shared/hooks/useWriteError';
import { useCatalogEditing } from '../hooks/useAssessment';

type Capability = ProgramAssessmentQuery['program']['assessment']['capabilities'][number];
type Activity = Capability['activities'][number];

export interface CatalogDialogProps {
  programId: string;
  capabilities: readonly Capability[];
  onClose: () => void;
}

const cellCount = (count: number) => `${count} filled ${count === 1 ? 'cell' : 'cells'}`;

/**
 * The program's catalog of what it assesses: rename capabilities and activities, add an activity
 * under a capability, remove one (confirmed, naming the filled cells that go with it).
 */
export function CatalogDialog({ programId, capabilities, onClose }: CatalogDialogProps) {
  const { error, run } = useWriteError();
  const [removing, setRemoving] = useState<Activity | null>(null);
  const catalog = useCatalogEditing();

  const confirmRemoval = async () => {
    if (!removing) return;
    const activity = removing;
    setRemoving(null);
    await run(() => catalog.removeActivity({ variables: { input: { id: activity.id, expectedVersion: activity.version, confirmed: activity.filledCells > 0 } } }));
  };

  return (
    <>
      <Modal opened={removing === null} onClose={onClose} title="Activities assessed" size="lg">
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            A renamed activity keeps its cells. Changes save as you leave a field.
          </Text>
          {capabilities.map((capability) => (
            <Stack key={capability.id} gap="xs" component="section" aria-label={capability.name}>
              <RenameField
                aria-label={`Name of the capability ${capability.name}`}
                fw={600}
                name={capability.name}
                onRename={(name) => run(() => catalog.renameCapability({ variables: { input: { id: capability.id, name, expectedVersion: capability.version } } }))}
              />
              {capability.activities.map((activity) => (
                <Group key={activity.id} gap="xs" wrap="nowrap" align="center" pl="md">
                  <RenameField
                    flex={1}
                    size="sm"
                    aria-label={`Name of ${activity.name}`}
                    name={activity.name}
                    onRename={(name) => run(() => catalog.renameActivity({ variables: { input: { id: activity.id, name, expectedVersion: activity.version } } }))}
                  />
                  <Text size="xs" c="dimmed" w={90} ta="right">
                    {activity.filledCells > 0 ? cellCount(activity.filledCells) : 'no cells yet'}
                  </Text>
                  <ActionIcon variant="subtle" color="red" size="lg" aria-label={`Remove ${activity.name}`} onClick={() => setRemoving(activity)}>
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
              ))}
              <AddNameField
                pl="md"
                label={`New activity under ${capability.name}`}
                placeholder="Add an activity…"
                onAdd={(name) => run(() => catalog.addActivity({ variables: { input: { programId, capabilityId: capability.id, name } } }))}
              />
            </Stack>
          ))}
          <DoneFooter error={error} onDone={onClose} />
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={removing !== null}
        title={`Remove ${removing?.name ?? 'the activity'}?`}
        confirmLabel="Remove"
        loading={catalog.removing}
        onConfirm={() => void confirmRemoval()}
        onClose={() => setRemoving(null)}
      >
        {removing && removing.filledCells > 0 ? `Its ${cellCount(removing.filledCells)} and the findings on them go with it.` : 'No cell has been filled for it yet.'}
      </ConfirmDialog>
    </>
  );
}
