import { Anchor, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { GATE_DECISION_LABELS, PILOT_STATUS_LABELS } from '@rollout/domain';
import { Link } from 'react-router';
import type { PortfolioQuery } from '../../../gql/graphql';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/components/ResponsiveTable';
import { Sparkline } from '../../../shared/components/Sparkline';
import { GATE_DECISION_COLORS, PILOT_STATUS_COLORS } from '../../pilots/pilot-display';
import { ProgramStatusBadge } from '../../programs/components/ProgramStatusBadge';
import { KeyMetricLine } from './KeyMetricLine';
import { PhaseStepper } from './PhaseStepper';

export type PortfolioProgram = PortfolioQuery['portfolio']['programs'][number];
type PortfolioPilot = PortfolioProgram['pilots'][number];

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** Computed health first, with its reason; the hand-set status beside it when the two disagree. */
function Health({ program }: { program: PortfolioProgram }) {
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="wrap">
        <ProgramStatusBadge status={program.health ?? program.status} />
        {program.health && program.health !== program.status && (
          <Group gap={4} wrap="nowrap" data-testid="reported-status">
            <Text size="xs" c="dimmed">
              reported
            </Text>
            <ProgramStatusBadge status={program.status} size="sm" />
          </Group>
        )}
      </Group>
      {program.healthReason && (
        <Text size="sm" data-testid="health-reason">
          {program.healthReason}
        </Text>
      )}
    </Stack>
  );
}

function Rollout({ program }: { program: PortfolioProgram }) {
  const live = percent(program.liveCount, program.unitCount);
  const adopted = percent(program.adoptedCount, program.unitCount);
  if (program.unitCount === 0) {
    return (
      <Text size="sm" c="dimmed">
        No units yet
      </Text>
    );
  }
  return (
    <Stack gap={4} miw={150}>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Text size="sm">
          <b>{live}%</b> live · {adopted}% adopted
        </Text>
        <Sparkline values={program.adoption.map((week) => week.live)} label={`Units live over twelve weeks: ${program.adoption.map((week) => week.live).join(', ')}`} width={64} height={20} />
      </Group>
      <Progress.Root size="sm" aria-hidden>
        <Progress.Section value={adopted} color="teal" />
        <Progress.Section value={live - adopted} color="green" />
      </Progress.Root>
      <Text size="xs" c="dimmed">
        {program.unitCount} {program.unitCount === 1 ? 'unit' : 'units'}
        {program.blockedCount > 0 && ` · ${program.blockedCount} blocked`}
      </Text>
    </Stack>
  );
}

function PilotLine({ pilot }: { pilot: PortfolioPilot }) {
  const key = pilot.keyMetric;
  const verdict = pilot.decision ?? pilot.recommendation;
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="wrap">
        <Anchor component={Link} to={`/pilots/${pilot.id}`} size="sm" fw={500}>
          {pilot.name}
        </Anchor>
        <Badge size="xs" variant="light" color={PILOT_STATUS_COLORS[pilot.status]}>
          {PILOT_STATUS_LABELS[pilot.status]}
        </Badge>
        {verdict && (
          <Badge size="xs" variant="outline" color={GATE_DECISION_COLORS[verdict]}>
            {pilot.decision ? `Decided: ${GATE_DECISION_LABELS[verdict]}` : `Recommends ${GATE_DECISION_LABELS[verdict].toLowerCase()}`}
          </Badge>
        )}
      </Group>
      {key && <KeyMetricLine keyMetric={key} />}
    </Stack>
  );
}

const COLUMNS: readonly ResponsiveColumn<PortfolioProgram>[] = [
  {
    key: 'program',
    header: 'Program',
    cardRole: 'title',
    render: (program) => (
      <Stack gap={2}>
        <Anchor component={Link} to={`/programs/${program.id}`} fw={600}>
          {program.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {program.ownerName}
        </Text>
      </Stack>
    ),
    thProps: { w: 180 },
  },
  { key: 'phase', header: 'Phase', render: (program) => <PhaseStepper phase={program.phase} />, thProps: { w: 120 } },
  { key: 'health', header: 'Health', render: (program) => <Health program={program} />, thProps: { miw: 220 } },
  { key: 'rollout', header: 'Roll-out', render: (program) => <Rollout program={program} />, thProps: { w: 200 } },
  {
    key: 'pilots',
    header: 'Pilots',
    render: (program) =>
      program.pilots.length === 0 ? (
        <Text size="sm" c="dimmed">
          No pilots
        </Text>
      ) : (
        <Stack gap={8}>
          {program.pilots.map((pilot) => (
            <PilotLine key={pilot.id} pilot={pilot} />
          ))}
        </Stack>
      ),
    thProps: { miw: 260 },
  },
];

/** Every program of the portfolio: phase, computed health and why, roll-out and its trend, pilots with their recommendation and key metric. */
export function PortfolioProgramsTable({ programs, loading = false }: { programs: readonly PortfolioProgram[]; loading?: boolean }) {
  return (
    <ResponsiveTable
      rows={programs}
      columns={COLUMNS}
      rowKey={(program) => program.id}
      aria-label="Programs of the portfolio"
      rowProps={(program) => ({ 'data-testid': 'portfolio-program', 'data-program': program.name })}
      tableProps={{ verticalSpacing: 'sm', highlightOnHover: true }}
      minWidth={960}
      loadingRows={loading ? 5 : undefined}
    />
  );
}
