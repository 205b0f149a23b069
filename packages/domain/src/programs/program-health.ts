import { joinNames } from '../common/words.js';
import type { MetricState, PilotStatus, SuccessMetricKind } from '../pilots/pilot.types.js';
import { PROGRAM_STATUS_LABELS, type ProgramStatus } from './program.types.js';

// A program's health, computed from what its units and pilots say, so an executive does not have to
// trust a hand-set badge. The hand-set status stays, shown beside this one when they disagree.

/** The health a program can be computed to have: the three levels of the hand-set status. */
export type ComputedHealth = Extract<ProgramStatus, 'on_track' | 'at_risk' | 'off_track'>;

export interface HealthPilot {
  name: string;
  status: PilotStatus;
  /** Past its last day without a gate decision. */
  gateReviewOverdue: boolean;
  /** Units that owe a check-in. */
  staleUnits: number;
  /** Its metrics' states; null when the pilot could not be evaluated (then its health is not known, which is a risk). */
  metrics: readonly { name: string; kind: SuccessMetricKind; state: MetricState }[] | null;
}

export interface ProgramHealthInput {
  units: readonly { name: string; blocked: boolean }[];
  pilots: readonly HealthPilot[];
}

export interface ProgramHealth {
  health: ComputedHealth;
  /** Why, in one sentence naming the units, pilots and metrics concerned. */
  reason: string;
}

/** At least this share of the rollout's units blocked puts the program off track. */
export const OFF_TRACK_BLOCKED_SHARE = 0.5;

const isActive = (pilot: HealthPilot) => pilot.status === 'running' || pilot.status === 'in_review';

/**
 * Off track: a running pilot's metric is off track (a guardrail breached or a primary metric failing),
 * or half the units or more are blocked. At risk: any unit blocked, a running pilot's metric at risk,
 * a gate review overdue, units owing a check-in, or a running pilot that could not be evaluated (its
 * health unknown). On track otherwise. Pilots that are planned or
 * decided do not count: their metrics no longer move.
 */
export function programHealth({ units, pilots }: ProgramHealthInput): ProgramHealth {
  const active = pilots.filter(isActive);
  const metricsIn = (state: MetricState) => active.flatMap((pilot) => (pilot.metrics ?? []).filter((metric) => metric.state === state).map((metric) => `${metric.name} in ${pilot.name}`));
  const unevaluated = active.filter((pilot) => pilot.metrics === null).map((pilot) => pilot.name);
  const blocked = units.filter((unit) => unit.blocked).map((unit) => unit.name);
  const blockedClause = blocked.length > 0 ? [`${joinNames(blocked)} ${blocked.length === 1 ? 'is' : 'are'} blocked`] : [];

  const offTrack = metricsIn('off_track');
  const mostlyBlocked = blocked.length >= 2 && blocked.length >= units.length * OFF_TRACK_BLOCKED_SHARE;
  if (offTrack.length > 0 || mostlyBlocked) {
    const metrics = offTrack.length > 0 ? [`${joinNames(offTrack)} ${offTrack.length === 1 ? 'is' : 'are'} off track`] : [];
    return sentence('off_track', [...metrics, ...(mostlyBlocked ? blockedClause : [])]);
  }

  const atRisk = metricsIn('at_risk');
  const overdue = active.filter((pilot) => pilot.gateReviewOverdue).map((pilot) => pilot.name);
  const silent = active.reduce((sum, pilot) => sum + pilot.staleUnits, 0);
  const risks = [
    ...blockedClause,
    ...(atRisk.length > 0 ? [`${joinNames(atRisk)} ${atRisk.length === 1 ? 'is' : 'are'} at risk`] : []),
    ...(overdue.length > 0 ? [`the gate review of ${joinNames(overdue)} is overdue`] : []),
    ...(silent > 0 ? [`${silent} ${silent === 1 ? 'unit owes' : 'units owe'} a check-in`] : []),
    ...(unevaluated.length > 0 ? [`the metrics of ${joinNames(unevaluated)} could not be evaluated`] : []),
  ];
  if (risks.length > 0) return sentence('at_risk', risks);
  return {
    health: 'on_track',
    reason: active.length > 0 ? 'On track: no unit is blocked, the running pilots’ metrics are on track and nothing is overdue.' : 'On track: no unit is blocked and no pilot is running.',
  };
}

const sentence = (health: ComputedHealth, clauses: readonly string[]): ProgramHealth => ({ health, reason: `${PROGRAM_STATUS_LABELS[health]}: ${joinNames(clauses)}.` });
