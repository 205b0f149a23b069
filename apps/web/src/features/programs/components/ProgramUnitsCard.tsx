import { ActionIcon, Button, EmptyState, Group, Paper, Progress, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ROLLOUT_STATUS_LABELS, UNIT_KIND_LABELS, type RolloutStatus } from '@rollout/domain';
import { IconMapPin, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ProgramRolloutFragment as ProgramRolloutData } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import {
  ROLLOUT_STATUS_COLORS,
  ROLLOUT_STATUS_ORDER,
  RolloutStatusBadge,
} from '../../../shared/components/RolloutStatusBadge';
import { formatDateTime, formatRelative } from '../../../shared/lib/format';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { useRemoveProgramUnit } from '../hooks/useProgramRollout';
import { AddProgramUnitsDialog } from './AddProgramUnitsDialog';
import classes from './ProgramUnitsCard.module.css';
import { UpdateUnitRolloutDialog } from './UpdateUnitRolloutDialog';

export const ProgramRolloutFragment = graphql(`
  fragment ProgramRollout on Program {
    id
    archived
    viewerCanManage
    units {
      id
      programId
      unitId
      status
      note
      version
      updatedAt
      viewerCanUpdate
      unit {
        id
        name
        code
        kind
      }
    }
  }
`);

export type ProgramUnitRow = ProgramRolloutData['units'][number];

export interface ProgramUnitsCardProps {
  program: FragmentType<typeof ProgramRolloutFragment>;
}

/** "2 preparing · 1 piloting · 1 blocked": counts in rollout order, blocked last and in red. */
export function RolloutSummary({ units }: { units: readonly Pick<ProgramUnitRow, 'status'>[] }) {
  const counts = new Map<RolloutStatus, number>();
  for (const unit of units) counts.set(unit.status, (counts.get(unit.status) ?? 0) + 1);
  const present = ROLLOUT_STATUS_ORDER.filter((status) => (counts.get(status) ?? 0) > 0);
  const total = units.length;
  return (
    <div>
      <Progress.Root size={10} radius="xl" aria-hidden>
        {present.map((status) => (
          <Progress.Section
            key={status}
            value={((counts.get(status) ?? 0) / total) * 100}
            color={ROLLOUT_STATUS_COLORS[status]}
          />
        ))}
      </Progress.Root>
      <Group gap="lg" mt="sm" style={{ rowGap: 4 }} data-testid="rollout-summary" aria-label="Units by status">
        {present.map((status) => (
          <Group key={status} gap={6} wrap="nowrap">
            <span
              aria-hidden
              style={{
                width: 10,
                height: 10,
                borderRadius: 5,
                background: `var(--mantine-color-${ROLLOUT_STATUS_COLORS[status]}-6)`,
              }}
            />
            <Text size="sm" c={status === 'blocked' ? 'red' : undefined} fw={status === 'blocked' ? 600 : undefined}>
              <Text span fw={700} inherit>
                {counts.get(status)}
              </Text>{' '}
              {ROLLOUT_STATUS_LABELS[status].toLowerCase()}
            </Text>
          </Group>
        ))}
      </Group>
    </div>
  );
}

// Blocked first (what needs attention), then furthest along, as the summary bar reads; by name within.
const READING_ORDER: readonly RolloutStatus[] = ['blocked', ...ROLLOUT_STATUS_ORDER.filter((status) => status !== 'blocked')];

function sortForReading(units: readonly ProgramUnitRow[]): ProgramUnitRow[] {
  return [...units].sort(
    (a, b) => READING_ORDER.indexOf(a.status) - READING_ORDER.indexOf(b.status) || a.unit.name.localeCompare(b.unit.name),
  );
}

/** Where each unit of the program stands, as its regional partner reports it. */
export function ProgramUnitsCard({ program: programRef }: ProgramUnitsCardProps) {
  const program = getFragmentData(ProgramRolloutFragment, programRef);
  const canManage = program.viewerCanManage && !program.archived;
  const [updatingId, setUpdatingId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<ProgramUnitRow | null>(null);
  const [addOpened, addDialog] = useDisclosure(false);
  const [removeUnit, { loading: removeLoading }] = useRemoveProgramUnit();

  // Looked up on every render, so the dialog shows someone else's update once it is loaded.
  const updating = program.units.find((unit) => unit.id === updatingId) ?? null;
  const rows = sortForReading(program.units);
  const showActions = canManage || (!program.archived && program.units.some((unit) => unit.viewerCanUpdate));

  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await removeUnit(removing.id);
      notifySuccess(`${removing.unit.name} removed from the rollout.`);
    } catch (error) {
      notifyError(error, 'Could not remove the unit');
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="rollout-by-unit-title">
      <Group justify="space-between" align="flex-start" gap="sm" mb="md">
        <div>
          <Title order={2} fz="lg" fw={600} id="rollout-by-unit-title">
            Rollout by unit
          </Title>
          <Text size="sm" c="dimmed">
            {program.units.length === 0
              ? 'Where each unit stands, as its regional partner reports it.'
              : `${program.units.length} ${program.units.length === 1 ? 'unit' : 'units'}, as their regional partners report them.`}
          </Text>
        </div>
        {canManage && program.units.length > 0 && (
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={addDialog.open}>
            Add units
          </Button>
        )}
      </Group>

      {program.units.length === 0 ? (
        <EmptyState
          icon={<IconMapPin size={24} />}
          variant="light"
          color="gray"
          title="No units in this rollout yet"
          description={
            canManage
              ? 'Add the regions, business units or segments this program rolls out to; their partners then report progress here.'
              : 'The program team has not added any units yet.'
          }
          py="xl"
        >
          {canManage && (
            <EmptyState.Actions>
              <Button leftSection={<IconPlus size={16} />} onClick={addDialog.open}>
                Add units
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <>
          <RolloutSummary units={program.units} />
          <Table className={classes.table} mt="lg" aria-label="Rollout by unit" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Unit</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Partner’s note</Table.Th>
                <Table.Th>Last update</Table.Th>
                {showActions && (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const blocked = row.status === 'blocked';
                return (
                  <Table.Tr
                    key={row.id}
                    className={blocked ? classes.blocked : undefined}
                    data-testid="rollout-row"
                    data-unit-code={row.unit.code}
                    data-status={row.status}
                  >
                    <Table.Td className={classes.unitCell}>
                      <Text size="sm" fw={600}>
                        {row.unit.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {UNIT_KIND_LABELS[row.unit.kind]} · {row.unit.code}
                      </Text>
                    </Table.Td>
                    <Table.Td className={`${classes.statusCell} ${classes.nowrap}`}>
                      <RolloutStatusBadge status={row.status} />
                    </Table.Td>
                    <Table.Td className={classes.noteCell}>
                      {row.note ? (
                        <Text size="sm" c={blocked ? 'red' : undefined} fw={blocked ? 500 : undefined}>
                          {row.note}
                        </Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          No note yet
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td className={`${classes.updatedCell} ${classes.nowrap}`}>
                      <Tooltip label={formatDateTime(row.updatedAt)} withArrow openDelay={200}>
                        <Text component="time" dateTime={row.updatedAt} size="sm" c="dimmed">
                          <span className={classes.narrowOnly}>Updated </span>
                          {formatRelative(row.updatedAt)}
                        </Text>
                      </Tooltip>
                    </Table.Td>
                    {showActions && (
                      <Table.Td className={classes.actionsCell}>
                        <Group gap={6} justify="flex-end" wrap="nowrap">
                          {row.viewerCanUpdate && !program.archived && (
                            <Button
                              size="xs"
                              variant="light"
                              leftSection={<IconPencil size={14} />}
                              onClick={() => setUpdatingId(row.id)}
                              aria-label={`Update ${row.unit.name}`}
                            >
                              Update
                            </Button>
                          )}
                          {canManage && (
                            <Tooltip label="Remove from the rollout" withArrow openDelay={300}>
                              <ActionIcon
                                variant="subtle"
                                color="gray"
                                onClick={() => setRemoving(row)}
                                aria-label={`Remove ${row.unit.name}`}
                              >
                                <IconTrash size={16} />
                              </ActionIcon>
                            </Tooltip>
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </>
      )}

      <UpdateUnitRolloutDialog row={updating} onClose={() => setUpdatingId(null)} />
      {canManage && (
        <AddProgramUnitsDialog
          opened={addOpened}
          programId={program.id}
          existingUnitIds={program.units.map((unit) => unit.unitId)}
          onClose={addDialog.close}
        />
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={`Remove ${removing?.unit.name ?? 'this unit'} from the rollout?`}
        confirmLabel="Remove unit"
        loading={removeLoading}
        onConfirm={() => void confirmRemove()}
        onClose={() => setRemoving(null)}
      >
        Its status and note leave the program page. The change history keeps a record of both, and you can add the unit
        again later.
      </ConfirmDialog>
    </Paper>
  );
}
