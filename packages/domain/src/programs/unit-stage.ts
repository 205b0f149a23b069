import { isGateReviewOverdue, pilotTiming } from '../pilots/pilot-timing.js';
import { GATE_DECISION_LABELS, type GateDecision, type PilotStatus } from '../pilots/pilot.types.js';
import { WAVE_UNIT_STAGE_LABELS, type WaveUnitStage } from '../rollout/wave-stage.js';

/**
 * A unit's part in one piece of a program's work: a pilot the unit runs (not one it is a comparison
 * unit for) or the roll-out wave it is in, so a unit's stage keeps one source: the list of its
 * engagements.
 */
export interface PilotEngagement {
  kind: 'pilot';
  id: string;
  name: string;
  status: PilotStatus;
  startDate: string;
  /** Last day (inclusive). */
  endDate: string;
  /** The latest gate decision recorded on the pilot, if any. */
  decision: GateDecision | null;
}
/** The roll-out wave a unit is in, with the unit's stage in it (moved by its partner and the program's leads). */
export interface WaveEngagement {
  kind: 'wave';
  id: string;
  name: string;
  /** The wave's planned first and last day. */
  startDate: string;
  endDate: string;
  waveStage: WaveUnitStage;
}
export type Engagement = PilotEngagement | WaveEngagement;

/** Kinds of engagement a unit's stage is derived from. */
export const ENGAGEMENT_KINDS = ['pilot', 'wave'] as const satisfies readonly Engagement['kind'][];
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

/** Where a unit stands in a program, furthest along last. */
export const UNIT_STAGES = ['not_started', 'preparing', 'piloting', 'awaiting_decision', 'decided', 'rolling_out', 'live', 'adopted'] as const;
export type UnitStageKind = (typeof UNIT_STAGES)[number];

export const UNIT_STAGE_LABELS: Record<UnitStageKind, string> = {
  not_started: 'Not started',
  preparing: 'Preparing',
  piloting: 'Piloting',
  awaiting_decision: 'Awaiting decision',
  decided: 'Decided',
  rolling_out: 'Rolling out',
  live: 'Live',
  adopted: 'Adopted',
};

/** A unit's stage in a program, derived from its engagements by `deriveUnitStage`. */
export interface UnitStage {
  stage: UnitStageKind;
  /** The engagement the stage comes from; null when the unit has none. */
  engagement: Pick<Engagement, 'kind' | 'id' | 'name' | 'startDate' | 'endDate'> | null;
  /** Piloting: the current week (1-based) and the pilot's length in weeks. */
  week: number | null;
  weeks: number | null;
  /** Awaiting decision: the pilot's last day has passed, so its gate review is overdue. */
  overdue: boolean;
  /** Decided: the gate decision. */
  decision: GateDecision | null;
  /** In a roll-out wave: the unit's stage there (rolling out = not started, preparing, ready, blocked or rolled back). */
  waveStage: WaveUnitStage | null;
}

type Candidate = { stage: UnitStage; rank: number; at: string };

// What a unit is doing now outranks what it did: its roll-out wave (which follows the pilots), a
// pilot under way, then one waiting for its gate, then one being prepared, then the last decision.
const RANK: Record<UnitStageKind, number> = { live: 7, adopted: 6, rolling_out: 5, piloting: 4, awaiting_decision: 3, preparing: 2, decided: 1, not_started: 0 };
const NO_STAGE: UnitStage = { stage: 'not_started', engagement: null, week: null, weeks: null, overdue: false, decision: null, waveStage: null };

function stageOf(engagement: Engagement, today: string): Candidate {
  const { kind, id, name, startDate, endDate } = engagement;
  const base: UnitStage = { ...NO_STAGE, engagement: { kind, id, name, startDate, endDate } };
  const candidate = (stage: UnitStage, at = startDate): Candidate => ({ stage, rank: RANK[stage.stage], at });
  if (engagement.kind === 'wave') {
    const { waveStage } = engagement;
    return candidate({ ...base, stage: waveStage === 'live' || waveStage === 'adopted' ? waveStage : 'rolling_out', waveStage });
  }
  switch (engagement.status) {
    case 'planned':
      return candidate({ ...base, stage: 'preparing' });
    case 'running': {
      const timing = pilotTiming(startDate, endDate, today);
      if (timing.kind === 'upcoming') return candidate({ ...base, stage: 'preparing' });
      if (timing.kind === 'current') return candidate({ ...base, stage: 'piloting', week: timing.week, weeks: timing.weeks });
      return candidate({ ...base, stage: 'awaiting_decision', overdue: true });
    }
    case 'in_review':
      return candidate({ ...base, stage: 'awaiting_decision', overdue: isGateReviewOverdue(engagement, today) });
    case 'decided':
      return candidate({ ...base, stage: 'decided', decision: engagement.decision }, endDate);
  }
}

/**
 * A unit's stage in a program as of `today`, from the engagements it takes part in (its pilots and
 * its roll-out wave). In a wave: live or adopted as the wave says, rolling out at any other wave
 * stage; a wave outranks every pilot. For pilots:
 * not started without any; preparing for a planned pilot (or one whose start is still ahead);
 * piloting, week N of M, between a running pilot's first and last day; awaiting decision once it is
 * in review or past its last day (overdue then); decided with the gate decision. With several, the
 * one under way wins over one waiting for its gate, over one in preparation, over a past decision;
 * among equals the latest.
 */
export function deriveUnitStage(engagements: readonly Engagement[], today: string): UnitStage {
  let best: Candidate | null = null;
  for (const engagement of engagements) {
    const next = stageOf(engagement, today);
    if (!best || next.rank > best.rank || (next.rank === best.rank && next.at > best.at)) best = next;
  }
  return best?.stage ?? NO_STAGE;
}

/**
 * "Not started", "Preparing", "Piloting · week 2 of 4", "Awaiting decision", "Overdue for gate review",
 * "Decided: scale", "Wave 2 · ready", "Live · Wave 1", "Adopted · Wave 1".
 */
export function unitStageLabel(stage: Pick<UnitStage, 'stage' | 'week' | 'weeks' | 'overdue' | 'decision' | 'waveStage'> & { engagement: Pick<Engagement, 'name'> | null }): string {
  const wave = stage.engagement?.name ?? '';
  switch (stage.stage) {
    case 'rolling_out':
      return `${wave} · ${WAVE_UNIT_STAGE_LABELS[stage.waveStage ?? 'not_started'].toLowerCase()}`;
    case 'live':
    case 'adopted':
      return `${UNIT_STAGE_LABELS[stage.stage]} · ${wave}`;
    case 'piloting':
      return stage.week !== null && stage.weeks !== null ? `Piloting · week ${stage.week} of ${stage.weeks}` : UNIT_STAGE_LABELS.piloting;
    case 'awaiting_decision':
      return stage.overdue ? 'Overdue for gate review' : UNIT_STAGE_LABELS.awaiting_decision;
    case 'decided':
      return stage.decision ? `Decided: ${GATE_DECISION_LABELS[stage.decision].toLowerCase()}` : UNIT_STAGE_LABELS.decided;
    case 'not_started':
    case 'preparing':
      return UNIT_STAGE_LABELS[stage.stage];
  }
}
