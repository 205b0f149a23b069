import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { nextPhase, phaseIndex, programHealth, PROGRAM_PHASES, PROGRAM_PHASE_LABELS, type HealthPilot } from '@rollout/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatLocalDate } from '../../../shared/lib/format';
import { GateDecisionBadge, PilotStatusBadge } from '../../pilots/components/PilotBadges';
import { ProgramPhaseBadge } from './ProgramPhaseBadge';
import { ProgramStatusBadge } from './ProgramStatusBadge';
import { useCurrentUser } from '../../../shared/session/current-user';
import { RolloutSummary } from './ProgramUnitsCard';

export const ProgramOverviewFragment = graphql(`
  fragment ProgramOverview on Program {
    id
    phase
    status
    units {
      id
      blocked
      viewerCanUpdate
      unit {
        id
        name
      }
      stage {
        stage
      }
    }
  }
`);

export const ProgramOverviewPilotFragment = graphql(`
  fragment ProgramOverviewPilot on Pilot {
    id
    name
    status
    startDate
    endDate
    gateReviewOverdue
    evaluation {
      recommendation {
        decision
      }
      metrics {
        state
        metric {
          id
          name
          kind
        }
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

type OverviewPilot = ReturnType<typeof readPilot>;

function readPilot(pilot: FragmentType<typeof ProgramOverviewPilotFragment>) {
  return getFragmentData(ProgramOverviewPilotFragment, pilot);
}

/** One thing that is due, with the day it is due on (null: now). */
export interface DueItem {
  key: string;
  on: string | null;
  text: string;
}

/**
 * What needs doing next, soonest first: gate decisions waiting now, then silent pilot units, then gate
 * reviews of running pilots on their end day and planned pilots on their start day.
 */
export function dueNext(pilots: readonly OverviewPilot[]): DueItem[] {
  const decisions: DueItem[] = [];
  const checkIns: DueItem[] = [];
  const dated: DueItem[] = [];
  for (const pilot of pilots) {
    const silent = pilot.unitReports.filter((report) => report.stale).length;
    if (pilot.status === 'in_review') decisions.push({ key: `${pilot.id}-gate`, on: null, text: `Gate decision on ${pilot.name}` });
    if ((pilot.status === 'running' || pilot.status === 'in_review') && silent > 0) {
      checkIns.push({
        key: `${pilot.id}-silent`,
        on: null,
        text: `${silent} ${silent === 1 ? 'unit' : 'units'} of ${pilot.name} ${silent === 1 ? 'owes' : 'owe'} a check-in`,
      });
    }
    if (pilot.status === 'running') dated.push({ key: `${pilot.id}-review`, on: pilot.endDate, text: `Gate review of ${pilot.name}` });
    if (pilot.status === 'planned') dated.push({ key: `${pilot.id}-start`, on: pilot.startDate, text: `${pilot.name} starts` });
  }
  dated.sort((a, b) => (a.on ?? '').localeCompare(b.on ?? ''));
  return [...decisions, ...checkIns, ...dated];
}

/** What the computed health reads of a pilot. */
function healthOf(pilot: OverviewPilot): HealthPilot {
  return {
    name: pilot.name,
    status: pilot.status,
    gateReviewOverdue: pilot.gateReviewOverdue,
    staleUnits: pilot.unitReports.filter((report) => report.stale).length,
    metrics: pilot.evaluation ? pilot.evaluation.metrics.map((row) => ({ name: row.metric.name, kind: row.metric.kind, state: row.state })) : null,
  };
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={6} style={{ minWidth: 0 }}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function PilotLine({ pilot }: { pilot: OverviewPilot }) {
  const decided = pilot.status === 'decided' ? pilot.decisions[0]?.decision : undefined;
  const recommended = pilot.status === 'running' || pilot.status === 'in_review' ? pilot.evaluation?.recommendation.decision : undefined;
  return (
    <Group gap={6} wrap="wrap" data-testid="overview-pilot">
      <Anchor component={Link} to={`/pilots/${pilot.id}`} size="sm" fw={600}>
        {pilot.name}
      </Anchor>
      {/* A decided pilot shows its decision in place of its status. */}
      {decided ? <GateDecisionBadge decision={decided} prefix="Decided:" size="sm" /> : <PilotStatusBadge status={pilot.status} size="sm" />}
      {recommended && <GateDecisionBadge decision={recommended} prefix="Recommends:" size="sm" />}
    </Group>
  );
}

/** A regional partner's way in: the units they report on here, and where to update them. */
function YourUnits({ units }: { units: readonly { viewerCanUpdate: boolean; unit: { name: string } }[] }) {
  const user = useCurrentUser();
  const own = units.filter((row) => row.viewerCanUpdate);
  if (user.role !== 'regional_partner' || own.length === 0) return null;
  return (
    <Text size="sm" mt="xs" data-testid="overview-your-units">
      Your {own.length === 1 ? 'unit' : 'units'}: {own.map((row) => row.unit.name).join(', ')} ·{' '}
      <Anchor component={Link} to="?tab=units" inherit fw={600}>
        Update
      </Anchor>
    </Text>
  );
}

export interface ProgramOverviewProps {
  program: FragmentType<typeof ProgramOverviewFragment>;
  /** The program's pilots; `undefined` while they load. */
  pilots: readonly FragmentType<typeof ProgramOverviewPilotFragment>[] | undefined;
  /** The pilots could not be loaded (the pilots tab says why). */
  pilotsFailed?: boolean;
}

/** The program's story on one line of cards: phase and health, pilots and their recommendation, units by stage, what is due. */
export function ProgramOverview({ program: programRef, pilots: pilotRefs, pilotsFailed = false }: ProgramOverviewProps) {
  const program = getFragmentData(ProgramOverviewFragment, programRef);
  const pilots = pilotRefs?.map(readPilot);
  const next = nextPhase(program.phase);
  const due = pilots ? dueNext(pilots).slice(0, 4) : [];
  // On hold and completed say where the program stands, not how healthy it is: they stay as set.
  const paused = program.status === 'on_hold' || program.status === 'completed';
  const health = pilots && !paused ? programHealth({ units: program.units.map((row) => ({ name: row.unit.name, blocked: row.blocked })), pilots: pilots.map(healthOf) }) : null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="program-overview-title">
      <Title order={2} fz="lg" fw={600} id="program-overview-title" mb="md">
        At a glance
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xl" verticalSpacing="lg">
        <Fact label="Phase and health">
          <Group gap={6} wrap="wrap">
            <ProgramPhaseBadge phase={program.phase} />
            {health ? <ProgramStatusBadge status={health.health} /> : <ProgramStatusBadge status={program.status} />}
          </Group>
          <Text size="sm" c="dimmed">
            Phase {phaseIndex(program.phase) + 1} of {PROGRAM_PHASES.length}
            {next ? `, then ${PROGRAM_PHASE_LABELS[next]}` : ', the last'}
          </Text>
          {health && (
            <Text size="sm" data-testid="overview-health">
              {health.reason}
            </Text>
          )}
          {/* The hand-set status is kept; shown when it says something else than the units and pilots do. */}
          {health && health.health !== program.status && (
            <Group gap={6} wrap="wrap" data-testid="overview-reported-status">
              <Text size="sm" c="dimmed">
                Reported as
              </Text>
              <ProgramStatusBadge status={program.status} size="sm" />
            </Group>
          )}
        </Fact>
        <Fact label="Pilots">
          {!pilots ? (
            pilotsFailed ? (
              <Text size="sm" c="dimmed">
                The pilots could not be loaded.
              </Text>
            ) : (
              <Skeleton height={40} aria-label="Loading pilots" />
            )
          ) : pilots.length === 0 ? (
            <Text size="sm" c="dimmed">
              No pilots yet.
            </Text>
          ) : (
            <Stack gap={6}>
              {pilots.map((pilot) => (
                <PilotLine key={pilot.id} pilot={pilot} />
              ))}
            </Stack>
          )}
        </Fact>
        <Fact label="Units by stage">
          {program.units.length === 0 ? (
            <Text size="sm" c="dimmed">
              No units in the rollout yet.
            </Text>
          ) : (
            <RolloutSummary units={program.units} />
          )}
          <YourUnits units={program.units} />
        </Fact>
        <Fact label="Due next">
          {!pilots ? (
            pilotsFailed ? (
              <Text size="sm" c="dimmed">
                Not known without the pilots.
              </Text>
            ) : (
              <Skeleton height={40} />
            )
          ) : due.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing: no pilot is running, in review or planned.
            </Text>
          ) : (
            <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Due next">
              {due.map((item) => (
                <Text component="li" size="sm" key={item.key} data-testid="due-item">
                  <Text span fw={600} inherit>
                    {item.on ? formatLocalDate(item.on) : 'Now'}
                  </Text>
                  {' · '}
                  {item.text}
                </Text>
              ))}
            </Stack>
          )}
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}
