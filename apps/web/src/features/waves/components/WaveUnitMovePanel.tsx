import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { checkWaveMove, MIN_WAVE_REASON, WAVE_UNIT_STAGE_LABELS, waveMoveNeedsReason, waveMoveTargets, type WaveUnitStage } from '@rollout/domain';
import { useState } from 'react';
import { apiErrorMessage } from '../../../shared/lib/api-errors';
import { isConflict } from '../../../shared/lib/conflict';
import { notifySuccess } from '../../../shared/lib/notify';
import { useMoveWaveUnit, type RolloutPlan, type RolloutWave, type WaveUnit } from '../hooks/useRolloutPlan';

export interface WaveUnitMovePanelProps {
  plan: RolloutPlan;
  wave: RolloutWave;
  unit: WaveUnit;
  /** The unit's checklist (read with its details): ready needs it done. */
  checklist: readonly { done: boolean }[];
}

// The button's words for each target: the move as the user thinks of it.
const ACTION_LABELS: Record<WaveUnitStage, string> = {
  not_started: 'Not started',
  preparing: 'Prepare',
  ready: 'Mark ready',
  live: 'Go live',
  adopted: 'Confirm adopted',
  blocked: 'Report blocked',
  rolled_back: 'Roll back',
};

/**
 * The moves a unit could make from its stage, each enabled when the domain's rule allows it for
 * this user now (the reason it does not shows on the disabled button). Moves that need a reason
 * ask for it before they are sent.
 */
export function WaveUnitMovePanel({ plan, wave, unit, checklist }: WaveUnitMovePanelProps) {
  const [pending, setPending] = useState<WaveUnitStage | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [move, { loading }] = useMoveWaveUnit();
  const client = useApolloClient();
  const mover = { canManage: plan.viewerCanManage, reportsForUnit: unit.viewerCanReport };
  const context = (to: WaveUnitStage, withReason: string) => ({
    from: unit.stage,
    to,
    mover,
    reason: withReason,
    override: unit.stage === 'preparing' && to === 'live',
    checklist: { done: checklist.filter((item) => item.done).length, total: checklist.length },
    adoption: { weeksMet: unit.weeksMet, weeksNeeded: plan.adoptionWeeks },
    blockedFrom: unit.blockedFrom,
    wavePaused: wave.pausedReason !== null,
  });
  // Checked with a long-enough reason: the button says whether the move is possible, the form asks for the reason.
  const placeholderReason = 'x'.repeat(MIN_WAVE_REASON);
  const targets = waveMoveTargets(unit.stage, unit.blockedFrom)
    .map((to) => ({ to, check: checkWaveMove(context(to, placeholderReason)) }))
    // A partner is not offered what only the program's leads do (going live, adopting, rolling back).
    .filter(({ check }) => mover.canManage || check.allowed || !check.message.startsWith('Partners'));

  const send = async (to: WaveUnitStage, withReason: string) => {
    setError(null);
    try {
      await move({ variables: { input: { id: unit.id, to, reason: withReason, override: context(to, withReason).override, expectedVersion: unit.version } } });
      setPending(null);
      setReason('');
      notifySuccess(`${unit.unitName} is now ${WAVE_UNIT_STAGE_LABELS[to].toLowerCase()}.`);
    } catch (moveError) {
      setError(apiErrorMessage(moveError));
      // Someone moved the unit meanwhile: show it as it is now, so the next try sends the version it shows.
      if (isConflict(moveError)) await client.refetchQueries({ include: ['Rollout', 'WaveUnitDetails'] });
    }
  };

  const label = (to: WaveUnitStage) =>
    unit.stage === 'preparing' && to === 'live' ? 'Go live before ready' : unit.stage === 'blocked' ? `Unblock (back to ${WAVE_UNIT_STAGE_LABELS[to].toLowerCase()})` : ACTION_LABELS[to];

  if (!mover.canManage && !mover.reportsForUnit) return null;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {targets.length === 0 && (
          <Text size="sm" c="dimmed">
            No move from here.
          </Text>
        )}
        {targets.map(({ to, check }) => {
          const button = (
            <Button
              key={to}
              aria-describedby={check.allowed ? undefined : `${unit.id}-why-not-${to}`}
              size="xs"
              variant={to === 'blocked' || to === 'rolled_back' ? 'light' : 'filled'}
              color={to === 'blocked' || to === 'rolled_back' ? 'red' : undefined}
              disabled={!check.allowed || loading}
              onClick={() => (waveMoveNeedsReason(unit.stage, to) ? setPending(to) : void send(to, ''))}
            >
              {label(to)}
            </Button>
          );
          return button;
        })}
      </Group>
      {/* Why a move is not possible now, as text (a tooltip on a disabled button reaches neither keyboard nor screen reader). */}
      {targets.some(({ check }) => !check.allowed) && (
        <Stack gap={2}>
          {targets.map(({ to, check }) =>
            check.allowed ? null : (
              <Text key={to} id={`${unit.id}-why-not-${to}`} size="xs" c="dimmed">
                {label(to)}: {check.message}
              </Text>
            ),
          )}
        </Stack>
      )}
      {pending && (
        <Stack gap="xs">
          <Textarea
            label={`Why ${ACTION_LABELS[pending].toLowerCase()}?`}
            description={`${MIN_WAVE_REASON} characters or more; kept with the move.`}
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />
          <Group gap="xs" justify="flex-end">
            <Button variant="default" size="xs" onClick={() => setPending(null)}>
              Cancel
            </Button>
            <Button size="xs" loading={loading} disabled={reason.trim().length < MIN_WAVE_REASON} onClick={() => void send(pending, reason)}>
              {ACTION_LABELS[pending]}
            </Button>
          </Group>
        </Stack>
      )}
      {error && (
        <Alert color="red" variant="light" p="xs" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
