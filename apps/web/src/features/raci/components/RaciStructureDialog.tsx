import { ActionIcon, Group, Modal, NativeSelect, Select, Stack, Text, Title } from '@mantine/core';
import { ROLE_SIDE_LABELS, ROLE_SIDES, type RoleSide } from '@rollout/domain';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { AddNameField } from '../../../shared/components/AddNameField';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { DoneFooter } from '../../../shared/components/DoneFooter';
import { RenameField } from '../../../shared/components/RenameField';
import { useWriteError } from '../../../shared/hooks/useWriteError';
import { useCatalogActivities } from '../../assessments/hooks/useCatalogActivities';
import { useRaciEditing, type RaciMatrix } from '../hooks/useRaci';

export interface RaciStructureDialogProps {
  programId: string;
  raci: RaciMatrix;
  onClose: () => void;
}

type Removing = { kind: 'domain' | 'role'; id: string; name: string; version: number; filledCells: number };

const SIDE_OPTIONS = ROLE_SIDES.map((side) => ({ value: side, label: ROLE_SIDE_LABELS[side] }));

/**
 * The matrix's rows and columns: rename domains and roles in place, link a domain to the catalog
 * activity its Accountable is compared with, say where a role sits, add either, and remove either
 * once confirmed (naming the filled cells that go with it). Each change saves on its own.
 */
export function RaciStructureDialog({ programId, raci, onClose }: RaciStructureDialogProps) {
  const { error, run } = useWriteError();
  const editing = useRaciEditing();
  const { groups, loading: loadingActivities } = useCatalogActivities(programId);
  const [removing, setRemoving] = useState<Removing | null>(null);
  const filledCells = (key: 'domainId' | 'roleId', id: string) => raci.cells.filter((cell) => cell[key] === id).length;

  const confirmRemoval = async () => {
    if (!removing) return;
    const { kind, id, version, filledCells: filled } = removing;
    setRemoving(null);
    const input = { programId, id, expectedVersion: version, confirmed: filled > 0 };
    await run(() => (kind === 'domain' ? editing.removeDomain({ variables: { input } }) : editing.removeRole({ variables: { input } })));
  };

  return (
    <>
      <Modal opened={removing === null} onClose={onClose} title={<Text fw={600}>Domains and roles</Text>} size="lg">
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            A renamed domain or role keeps its cells. Changes save as you leave a field.
          </Text>
          <Stack gap="xs" component="section" aria-label="Domains">
            <Title order={3} size="h5">
              Domains
            </Title>
            {raci.domains.map((domain) => (
              <Group key={domain.id} gap="xs" wrap="wrap" align="center">
                <RenameField
                  flex="1 1 12rem"
                  size="sm"
                  aria-label={`Name of ${domain.name}`}
                  name={domain.name}
                  onRename={(name) => run(() => editing.renameDomain({ variables: { input: { programId, id: domain.id, name, expectedVersion: domain.version } } }))}
                />
                <Select
                  flex="1 1 10rem"
                  size="sm"
                  aria-label={`Activity of ${domain.name}`}
                  placeholder={loadingActivities ? 'Loading activities…' : 'No linked activity'}
                  data={groups}
                  value={domain.activityId}
                  clearable
                  searchable
                  onChange={(activityId) =>
                    void run(() => editing.linkDomain({ variables: { input: { programId, id: domain.id, activityId, expectedVersion: domain.version } } }))
                  }
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={`Remove ${domain.name}`}
                  onClick={() => setRemoving({ kind: 'domain', id: domain.id, name: domain.name, version: domain.version, filledCells: filledCells('domainId', domain.id) })}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            ))}
            <AddNameField label="New domain" placeholder="Add a domain…" onAdd={(name) => run(() => editing.addDomain({ variables: { input: { programId, name } } }))} />
          </Stack>
          <Stack gap="xs" component="section" aria-label="Roles">
            <Title order={3} size="h5">
              Roles
            </Title>
            {raci.roles.map((role) => (
              <Group key={role.id} gap="xs" wrap="nowrap" align="center">
                <RenameField
                  flex={1}
                  size="sm"
                  aria-label={`Name of ${role.name}`}
                  name={role.name}
                  onRename={(name) => run(() => editing.renameRole({ variables: { input: { programId, id: role.id, name, expectedVersion: role.version } } }))}
                />
                <NativeSelect
                  size="sm"
                  w={130}
                  aria-label={`Side of ${role.name}`}
                  data={SIDE_OPTIONS}
                  value={role.side}
                  onChange={(event) =>
                    void run(() =>
                      editing.setRoleSide({ variables: { input: { programId, id: role.id, side: event.currentTarget.value as RoleSide, expectedVersion: role.version } } }),
                    )
                  }
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={`Remove ${role.name}`}
                  onClick={() => setRemoving({ kind: 'role', id: role.id, name: role.name, version: role.version, filledCells: filledCells('roleId', role.id) })}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            ))}
            <AddNameField label="New role" placeholder="Add a role…" onAdd={(name) => run(() => editing.addRole({ variables: { input: { programId, name } } }))} />
          </Stack>
          <DoneFooter error={error} onDone={onClose} />
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={removing !== null}
        title={`Remove ${removing?.name ?? 'it'}?`}
        confirmLabel="Remove"
        loading={editing.removing}
        onConfirm={() => void confirmRemoval()}
        onClose={() => setRemoving(null)}
      >
        {removing && removing.filledCells > 0
          ? `Its ${removing.filledCells} filled ${removing.filledCells === 1 ? 'cell goes' : 'cells go'} with it; its history keeps them.`
          : 'No cell is filled for it yet.'}
      </ConfirmDialog>
    </>
  );
}
