import { ActionIcon, Badge, Box, Button, EmptyState, Group, Paper, Progress, Stack, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { UNIT_KIND_LABELS, UNIT_STAGE_LABELS, type UnitStageKind } from '@rollout/domain';
import { IconMapPin, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ProgramRolloutFragment as ProgramRolloutData } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { UNIT_STAGE_COLORS, UNIT_STAGE_ORDER, UnitStageBadge } from '../../../shared/components/UnitStageBadge';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
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
      blocked
      note
      version
      updatedAt
      viewerCanUpdate
      stage {
        stage
        ...UnitStageFields
      }
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

/** "1 decided · 2 piloting · 3 not started", furthest along first, then how many partners report a block, in red. */
export function RolloutSummary({ units }: { units: readonly { blocked: boolean; stage: { stage: UnitStageKind } }[] }) {
  const counts = new Map<UnitStageKind, number>();
  for (const unit of units) counts.set(unit.stage.stage, (counts.get(unit.stage.stage) ?? 0) + 1);
  const present = UNIT_STAGE_ORDER.filter((stage) => (counts.get(stage) ?? 0) > 0);
  const blocked = units.filter((unit) => unit.blocked).length;
  const total = units.length;
  return (
    <div>
      <Progress.Root size={10} radius="xl" aria-hidden>
        {present.map((stage) => (
          <Progress.Section key={stage} value={((counts.get(stage) ?? 0) / total) * 100} color={UNIT_STAGE_COLORS[stage]} />
        ))}
      </Progress.Root>
      <Group gap="lg" mt="sm" style={{ rowGap: 4 }} data-testid="rollout-summary" aria-label="Units by stage">
        {present.map((stage) => (
          <Group key={stage} gap={6} wrap="nowrap">
            <span
              aria-hidden
              style={{ width: 10, height: 10, borderRadius: 5, background: `var(--mantine-color-${UNIT_STAGE_COLORS[stage]}-6)` }}
            />
            <Text size="sm">
              <Text span fw={700} inherit>
                {counts.get(stage)}
              </Text>{' '}
              {UNIT_STAGE_LABELS[stage].toLowerCase()}
            </Text>
          </Group>
        ))}
        {blocked > 0 && (
          <Text size="sm" c="red" fw={600}>
            <Text span fw={700} inherit>
              {blocked}
            </Text>{' '}
            blocked
          </Text>
        )}
      </Group>
    </div>
  );
}

// Blocked first (what needs attention), then furthest along, as the summary reads; by name within.
function sortForReading(units: readonly ProgramUnitRow[]): ProgramUnitRow[] {
  return [...units].sort(
    (a, b) =>
      Number(b.blocked) - Number(a.blocked) ||
      UNIT_STAGE_ORDER.indexOf(a.stage.stage) - UNIT_STAGE_ORDER.indexOf(b.stage.stage) ||
      a.unit.name.localeCompare(b.unit.name),
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

  const columns: ResponsiveColumn<ProgramUnitRow>[] = [
    {
      key: 'unit',
      header: 'Unit',
      cardRole: 'title',
      tdProps: { className: classes.unitCell },
      render: (row) => (
        <>
          <Text size="sm" fw={600}>
            {row.unit.name}
          </Text>
          <Text size="xs" c="dimmed">
            {UNIT_KIND_LABELS[row.unit.kind]} · {row.unit.code}
          </Text>
        </>
      ),
    },
    {
      key: 'stage',
      header: 'Stage',
      tdProps: { className: `${classes.statusCell} ${classes.nowrap}` },
      render: (row) => <UnitStageBadge stage={row.stage} />,
    },
    {
      key: 'note',
      header: 'Partner’s report',
      tdProps: { className: classes.noteCell },
      render: (row) => (
        <Stack gap={4} align="flex-start">
          {row.blocked && (
            <Badge color="red" variant="filled" size="sm">
              Blocked
            </Badge>
          )}
          {row.note ? (
            <Text size="sm" c={row.blocked ? 'red' : undefined} fw={row.blocked ? 500 : undefined}>
              {row.note}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              No note yet
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'updated',
      header: 'Last update',
      tdProps: { className: classes.nowrap },
      render: (row) => (
        <Tooltip label={formatDateTime(row.updatedAt)} withArrow openDelay={200}>
          <Text component="time" dateTime={row.updatedAt} size="sm" c="dimmed">
            {formatRelative(row.updatedAt)}
          </Text>
        </Tooltip>
      ),
    },
  ];
  const actionColumn: ResponsiveColumn<ProgramUnitRow> = {
    key: 'actions',
    header: <VisuallyHidden>Actions</VisuallyHidden>,
    cardRole: 'actions',
    render: (row) => (
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
            <ActionIcon variant="subtle" color="gray" onClick={() => setRemoving(row)} aria-label={`Remove ${row.unit.name}`}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    ),
  };

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
              ? 'Where each unit stands, from its pilots, with its regional partner’s report.'
              : `${program.units.length} ${program.units.length === 1 ? 'unit' : 'units'}: each one’s stage follows from its pilots; the partner’s report sits beside it.`}
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
          <Box mt="lg">
            <ResponsiveTable
              aria-label="Rollout by unit"
              rows={rows}
              columns={showActions ? [...columns, actionColumn] : columns}
              rowKey={(row) => row.id}
              rowProps={(row) => ({
                className: row.blocked ? classes.blocked : undefined,
                'data-testid': 'rollout-row',
                'data-unit-code': row.unit.code,
                'data-stage': row.stage.stage,
                'data-blocked': row.blocked,
              })}
              tableProps={{ className: classes.table, verticalSpacing: 'sm' }}
            />
          </Box>
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
        Its partner’s report leaves the program page. The change history keeps a record of both, and you can add the unit
        again later.
      </ConfirmDialog>
    </Paper>
  );
}
