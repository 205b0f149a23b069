import { Alert, Badge, Divider, Drawer, Group, Select, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { formatMetricChange, LESSON_KIND_LABELS, WAVE_UNIT_STAGE_LABELS, type MetricUnit } from '@rollout/domain';
import { formatDateTime, formatLocalDate } from '../../../shared/lib/format';
import { RagStatusBadge } from '../../pilots/components/PilotBadges';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { useWaveUnitDetails, type RolloutPlan, type RolloutWave, type WaveUnit } from '../hooks/useRolloutPlan';
import { ReadinessBadge, WaveMetricBadge, WaveStageBadge } from './WaveBadges';
import { WaveUnitMovePanel } from './WaveUnitMovePanel';
import { WaveUnitReadinessForm } from './WaveUnitReadinessForm';
import { WaveUnitReporting } from './WaveUnitReporting';

export interface WaveUnitDrawerProps {
  plan: RolloutPlan;
  wave: RolloutWave | null;
  unit: WaveUnit | null;
  onClose: () => void;
  /** The program's leads pick another wave here too (the keyboard's way to do the board's drag). */
  onChangeWave: (unit: WaveUnit, waveId: string) => void;
}

/** "Lead response time: −11 h since its wave, −1 h in the 3 units not yet in one: 10 h better." */
export function comparisonSentence(comparison: { metricName: string; metricUnit: MetricUnit; ownChange: number; othersChange: number; effect: number; others: number }): string {
  const change = (value: number) => formatMetricChange(value, comparison.metricUnit, true);
  const verdict = Math.abs(comparison.effect) < 1e-9 ? 'the same' : `${formatMetricChange(Math.abs(comparison.effect), comparison.metricUnit)} ${comparison.effect > 0 ? 'better' : 'worse'}`;
  const others = comparison.others === 1 ? 'the 1 unit' : `the ${comparison.others} units`;
  return `${comparison.metricName}: ${change(comparison.ownChange)} since its wave, ${change(comparison.othersChange)} in ${others} not yet in a wave: ${verdict}.`;
}

/** Everything about one unit in the roll-out: its stage and moves, readiness, metrics, the pilot's lessons. */
export function WaveUnitDrawer({ plan, wave, unit, onClose, onChangeWave }: WaveUnitDrawerProps) {
  const opened = unit !== null && wave !== null;
  const details = useWaveUnitDetails(unit?.id ?? null);
  const more = details.data?.waveUnit ?? null;
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="md" title={<Title order={3}>{unit?.unitName}</Title>}>
      {unit && wave && (
        <Stack gap="md">
          <Group gap="xs">
            <WaveStageBadge stage={unit.stage} label={unit.stageLabel} />
            <Text size="sm" c="dimmed">
              {wave.name} · {unit.region}
            </Text>
          </Group>
          {unit.stageReason && (
            <Alert color={unit.stage === 'blocked' ? 'red' : 'orange'} variant="light" p="xs" title={unit.stage === 'blocked' ? 'Blocked' : 'Rolled back'}>
              {unit.stageReason}
            </Alert>
          )}
          {wave.pausedReason && (
            <Alert color="red" variant="light" p="xs" title="Wave paused">
              {wave.pausedReason}
            </Alert>
          )}
          {unit.adoptionProposed && (
            <Alert color="teal" variant="light" p="xs" title="Adoption proposed">
              The primary metrics have been met {unit.weeksMet} weeks in a row (the program asks for {plan.adoptionWeeks}).{plan.viewerCanManage ? ' Confirm it below.' : ' A program lead confirms it.'}
            </Alert>
          )}
          {more ? <WaveUnitMovePanel key={`move-${unit.id}`} plan={plan} wave={wave} unit={unit} checklist={more.checklist} /> : <Skeleton height={30} />}
          {plan.viewerCanManage && (
            <Select
              label="Wave"
              data={plan.waves.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
              value={wave.id}
              allowDeselect={false}
              disabled={unit.stage === 'live' || unit.stage === 'adopted' || unit.stage === 'rolled_back'}
              description={unit.stage === 'live' || unit.stage === 'adopted' || unit.stage === 'rolled_back' ? 'A unit that went live stays in its wave.' : undefined}
              onChange={(waveId) => waveId && waveId !== wave.id && onChangeWave(unit, waveId)}
            />
          )}
          <Divider label="Metrics against its own baseline" labelPosition="left" />
          <Group gap="xs">
            <WaveMetricBadge state={unit.metricState} label={unit.metricStateLabel} />
            <Text size="sm">
              {unit.weeksMet} of {plan.adoptionWeeks} weeks met in a row
            </Text>
          </Group>
          {unit.breachedGuardrails.length > 0 && (
            <Text size="sm" c="var(--mantine-color-red-text)">
              Guardrail breached: {unit.breachedGuardrails.join(', ')}.
            </Text>
          )}
          {more && more.comparisons.length > 0 && (
            <Stack gap={2} aria-label="Against units not yet in a wave">
              {more.comparisons.map((comparison) => (
                <Text key={comparison.metricId} size="sm">
                  {comparisonSentence(comparison)}
                </Text>
              ))}
            </Stack>
          )}
          {unit.flag && (
            <Alert color="orange" variant="light" p="xs" title="Report and figures disagree">
              {unit.flag}
            </Alert>
          )}
          <Group gap="xs">
            <Text size="sm">Last check-in:</Text>
            {unit.lastCheckIn ? (
              <>
                <RagStatusBadge status={unit.lastCheckIn.status} size="sm" />
                <Text size="sm" c="dimmed">
                  week of {formatLocalDate(unit.lastCheckIn.weekStart)}
                </Text>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                none yet
              </Text>
            )}
            {unit.checkInStale && (
              <Badge color="orange" variant="light" size="sm">
                Stale
              </Badge>
            )}
          </Group>
          {unit.viewerCanReport && <WaveUnitReporting plan={plan} unit={unit} />}
          <Divider label="Readiness" labelPosition="left" />
          <Group gap="xs">
            <ReadinessBadge score={unit.readiness.score} />
          </Group>
          {details.error && <QueryErrorAlert error={details.error} title="Could not load the unit’s details" onRetry={() => void details.refetch()} />}
          {more && <WaveUnitReadinessForm key={`readiness-${unit.id}`} unit={unit} details={more} canEdit={plan.viewerCanManage || unit.viewerCanReport} />}
          {(unit.riskFlag || plan.pilot.lessons.length > 0) && <Divider label={`Lessons from ${plan.pilot.name}`} labelPosition="left" />}
          {unit.riskFlag && (
            <Alert color="orange" variant="light" p="xs" title="Risk for this unit">
              {unit.riskFlag}
            </Alert>
          )}
          <Stack gap={6}>
            {plan.pilot.lessons.map((lesson) => (
              <Text key={lesson.id} size="sm">
                <Badge size="xs" variant="light" mr={6}>
                  {LESSON_KIND_LABELS[lesson.kind]}
                </Badge>
                <b>{lesson.activity?.name ?? 'General'}</b>: {lesson.text}
              </Text>
            ))}
          </Stack>
          <Divider label="Moves" labelPosition="left" />
          {!more ? (
            <Skeleton height={40} />
          ) : more.moves.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="wave-unit-moves">
              Not moved yet.
            </Text>
          ) : (
            <Timeline bulletSize={12} lineWidth={2} active={more.moves.length} data-testid="wave-unit-moves">
              {[...more.moves].reverse().map((entry) => (
                <Timeline.Item key={entry.id} title={`${WAVE_UNIT_STAGE_LABELS[entry.fromStage]} → ${WAVE_UNIT_STAGE_LABELS[entry.toStage]}${entry.override ? ' (before ready)' : ''}`}>
                  <Text size="xs" c="dimmed">
                    {entry.movedByName} · {formatDateTime(entry.movedAt)}
                  </Text>
                  {entry.reason && <Text size="sm">{entry.reason}</Text>}
                </Timeline.Item>
              ))}
            </Timeline>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
