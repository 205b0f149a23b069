import { pilotTiming } from '@rollout/domain';
import { Anchor, Badge, Button, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconClockExclamation, IconFlask, IconGavel, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { apiErrorAt } from '../../../shared/lib/api-errors';
import { EvaluationUnavailable } from '../../decisions/components/EvaluationUnavailable';
import { formatLocalDate } from '../../../shared/lib/format';
import { useProgramPilots } from '../hooks/useProgramPilots';
import { describeTiming } from '../pilot-display';
import { GateDecisionBadge, PilotStatusBadge } from './PilotBadges';
import { CreatePilotDialog } from './PilotFormDialog';

export const PilotRowFragment = graphql(`
  fragment PilotRow on Pilot {
    id
    name
    status
    startDate
    endDate
    gateReviewOverdue
    units {
      id
      name
    }
    metrics {
      id
    }
    evaluation {
      asOf
      recommendation {
        decision
        summary
      }
    }
    unitReports {
      pilotId
      unitId
      stale
    }
    decisions {
      id
      decision
    }
  }
`);

interface PilotRowProps {
  pilot: FragmentType<typeof PilotRowFragment>;
  /** Why the API could not evaluate this pilot, when it could not. */
  evaluationError?: string | undefined;
}

function PilotRow({ pilot: pilotRef, evaluationError }: PilotRowProps) {
  const pilot = getFragmentData(PilotRowFragment, pilotRef);
  const reports = pilot.unitReports;
  const stale = reports.filter((report) => report.stale).length;
  const { evaluation } = pilot;
  const decision = pilot.status === 'decided' ? pilot.decisions[0]?.decision : undefined;
  // Timing needs the evaluation's day; a pilot that cannot be evaluated shows its dates only.
  const timing = evaluation ? pilotTiming(pilot.startDate, pilot.endDate, evaluation.asOf) : null;

  return (
    <Paper withBorder p="md" radius="md" component="li" data-testid="pilot-row" data-status={pilot.status} style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Group gap="xs" align="center">
            <Anchor component={Link} to={`/pilots/${pilot.id}`} fw={650} size="md">
              {pilot.name}
            </Anchor>
            <PilotStatusBadge status={pilot.status} size="sm" />
          </Group>
          <Text size="sm" c="dimmed" mt={2}>
            {formatLocalDate(pilot.startDate)} – {formatLocalDate(pilot.endDate)}
            {timing && (pilot.status === 'running' || pilot.status === 'planned') ? ` · ${describeTiming(timing)}` : ''} ·{' '}
            {pilot.units.map((unit) => unit.name).join(', ')}
          </Text>
        </div>
        {pilot.gateReviewOverdue && (
          <Badge color="orange" variant="light" leftSection={<IconGavel size={12} />} data-testid="pilot-gate-overdue">
            Overdue for gate review
          </Badge>
        )}
        {stale > 0 && (
          <Badge color="orange" variant="light" leftSection={<IconClockExclamation size={12} />} data-testid="pilot-stale">
            {stale} {stale === 1 ? 'unit' : 'units'} silent for over a week
          </Badge>
        )}
      </Group>
      <Group gap="xs" mt="sm" wrap="nowrap" align="flex-start">
        {!evaluation ? (
          <EvaluationUnavailable reason={evaluationError} compact />
        ) : decision ? (
          <>
            <GateDecisionBadge decision={decision} prefix="Decided:" />
            <Text size="sm" c="dimmed">
              The gate review is recorded in the decision log.
            </Text>
          </>
        ) : pilot.metrics.length === 0 ? (
          <Text size="sm" c="dimmed">
            No success metrics yet.
          </Text>
        ) : pilot.status === 'planned' ? (
          <Text size="sm" c="dimmed">
            {pilot.metrics.length} success {pilot.metrics.length === 1 ? 'metric' : 'metrics'}; not started.
          </Text>
        ) : (
          <>
            <GateDecisionBadge decision={evaluation.recommendation.decision} prefix="Recommends:" />
            <Text size="sm" data-testid="pilot-recommendation-summary">
              {evaluation.recommendation.summary}
            </Text>
          </>
        )}
      </Group>
    </Paper>
  );
}

export interface ProgramPilotsCardProps {
  programId: string;
}

/** The program's pilots on its page: where each stands and what Rollout recommends at its gate. */
export function ProgramPilotsCard({ programId }: ProgramPilotsCardProps) {
  const { data, error, refetch } = useProgramPilots(programId);
  const [createOpened, createDialog] = useDisclosure(false);
  const program = data?.program;
  const canManage = program ? program.viewerCanManage && !program.archived : false;
  const pilots = program?.pilots ?? [];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="program-pilots-title">
      <Group justify="space-between" align="flex-start" gap="sm" mb="md">
        <div>
          <Title order={2} fz="lg" fw={600} id="program-pilots-title">
            Pilots
          </Title>
          <Text size="sm" c="dimmed">
            Time-boxed trials of the target model in a few units, judged on their success metrics.
          </Text>
        </div>
        {canManage && pilots.length > 0 && (
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={createDialog.open}>
            New pilot
          </Button>
        )}
      </Group>

      {error && !data ? (
        <QueryErrorAlert error={error} title="Could not load the pilots" onRetry={() => void refetch()} />
      ) : !program ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading pilots">
          <Skeleton height={72} />
          <Skeleton height={72} />
        </Stack>
      ) : pilots.length === 0 ? (
        <EmptyState
          icon={<IconFlask size={24} />}
          variant="light"
          color="gray"
          title="No pilots yet"
          description={
            canManage
              ? 'Try the target model in one region or segment for about four weeks, with success metrics and weekly check-ins, before scaling it.'
              : 'The program team has not set up a pilot yet.'
          }
          py="xl"
        >
          {canManage && (
            <EmptyState.Actions>
              <Button leftSection={<IconPlus size={16} />} onClick={createDialog.open}>
                New pilot
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} aria-label="Pilots">
          {pilots.map((pilot, index) => (
            <PilotRow
              key={getFragmentData(PilotRowFragment, pilot).id}
              pilot={pilot}
              evaluationError={apiErrorAt(error, ['program', 'pilots', index, 'evaluation'])}
            />
          ))}
        </Stack>
      )}

      {canManage && program && (
        <CreatePilotDialog
          opened={createOpened}
          programId={program.id}
          programUnitIds={program.units.map((unit) => unit.unitId)}
          onClose={createDialog.close}
        />
      )}
    </Paper>
  );
}
