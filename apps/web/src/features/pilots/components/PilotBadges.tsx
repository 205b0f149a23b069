import { Badge, type BadgeProps } from '@mantine/core';
import {
  GATE_DECISION_LABELS,
  METRIC_STATE_LABELS,
  PILOT_STATUS_LABELS,
  RAG_STATUS_LABELS,
  SUCCESS_METRIC_KIND_LABELS,
  type GateDecision,
  type MetricState,
  type PilotStatus,
  type RagStatus,
  type SuccessMetricKind,
} from '@rollout/domain';
import { GATE_DECISION_COLORS, METRIC_STATE_COLORS, PILOT_STATUS_COLORS, RAG_STATUS_COLORS } from '../pilot-display';

interface SizeProps {
  size?: BadgeProps['size'];
}

export function PilotStatusBadge({ status, size = 'md' }: { status: PilotStatus } & SizeProps) {
  return (
    <Badge color={PILOT_STATUS_COLORS[status]} variant="light" size={size} data-status={status}>
      {PILOT_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Met green, on track teal, at risk yellow, off track red, not enough data gray; off track is filled to stand out. */
export function MetricStateBadge({ state, size = 'md' }: { state: MetricState } & SizeProps) {
  return (
    <Badge color={METRIC_STATE_COLORS[state]} variant={state === 'off_track' ? 'filled' : 'light'} size={size} data-state={state}>
      {METRIC_STATE_LABELS[state]}
    </Badge>
  );
}

export function RagStatusBadge({ status, size = 'md' }: { status: RagStatus } & SizeProps) {
  return (
    <Badge
      color={RAG_STATUS_COLORS[status]}
      variant={status === 'red' ? 'filled' : 'light'}
      size={size}
      data-rag={status}
      leftSection={<span aria-hidden style={{ width: 8, height: 8, borderRadius: 4, background: 'currentColor', display: 'inline-block' }} />}
    >
      {RAG_STATUS_LABELS[status]}
    </Badge>
  );
}

export function MetricKindBadge({ kind, size = 'sm' }: { kind: SuccessMetricKind } & SizeProps) {
  return (
    <Badge color={kind === 'guardrail' ? 'grape' : 'indigo'} variant="outline" size={size} data-kind={kind}>
      {SUCCESS_METRIC_KIND_LABELS[kind]}
    </Badge>
  );
}

export function GateDecisionBadge({ decision, size = 'md', prefix }: { decision: GateDecision; prefix?: string } & SizeProps) {
  return (
    <Badge color={GATE_DECISION_COLORS[decision]} variant="light" size={size} data-decision={decision}>
      {prefix ? `${prefix} ${GATE_DECISION_LABELS[decision].toLowerCase()}` : GATE_DECISION_LABELS[decision]}
    </Badge>
  );
}
