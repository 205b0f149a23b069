import { Badge, type MantineColor } from '@mantine/core';
import type { WaveMetricState, WaveUnitStage } from '@rollout/domain';

export const WAVE_STAGE_COLORS: Record<WaveUnitStage, MantineColor> = {
  not_started: 'gray',
  preparing: 'blue',
  ready: 'cyan',
  live: 'green',
  adopted: 'teal',
  blocked: 'red',
  rolled_back: 'orange',
};

const METRIC_COLORS: Record<WaveMetricState, MantineColor> = { no_data: 'gray', improving: 'yellow', met: 'green', breached: 'red' };

export function WaveStageBadge({ stage, label }: { stage: WaveUnitStage; label: string }) {
  return (
    <Badge color={WAVE_STAGE_COLORS[stage]} variant={stage === 'blocked' ? 'filled' : 'light'} data-stage={stage}>
      {label}
    </Badge>
  );
}

export function WaveMetricBadge({ state, label }: { state: WaveMetricState; label: string }) {
  return (
    <Badge color={METRIC_COLORS[state]} variant={state === 'breached' ? 'filled' : 'outline'} size="sm" data-metric-state={state}>
      {label}
    </Badge>
  );
}

/** A readiness score with its colour: 80 and up ready-looking, 50–79 on the way, below 50 far. */
export function ReadinessBadge({ score }: { score: number }) {
  const color = score >= 80 ? 'green' : score >= 50 ? 'yellow' : 'red';
  return (
    <Badge color={color} variant="light" size="sm" title="Readiness score, 0–100">
      Readiness {score}
    </Badge>
  );
}
