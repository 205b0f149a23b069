import { countOf } from '../design/wording.js';

// A unit's stage in a roll-out wave, and the rules for moving it: the path not started → preparing →
// ready → live → adopted, with blocked and rolled back beside it. Pure, so the API refuses exactly
// what the screens disable.

export const WAVE_UNIT_STAGES = ['not_started', 'preparing', 'ready', 'live', 'adopted', 'blocked', 'rolled_back'] as const;
export type WaveUnitStage = (typeof WAVE_UNIT_STAGES)[number];

export const WAVE_UNIT_STAGE_LABELS: Record<WaveUnitStage, string> = {
  not_started: 'Not started',
  preparing: 'Preparing',
  ready: 'Ready',
  live: 'Live',
  adopted: 'Adopted',
  blocked: 'Blocked',
  rolled_back: 'Rolled back',
};

/** Who asks: the program's leads (and admins) move any unit; a partner only the units they report for. */
export interface WaveMover {
  canManage: boolean;
  reportsForUnit: boolean;
}

export interface WaveMove {
  from: WaveUnitStage;
  to: WaveUnitStage;
  mover: WaveMover;
  /** Why: needed to block, to roll back and to go live without being ready. */
  reason: string;
  /** Go live before ready (program managers, with a reason). */
  override?: boolean;
  checklist: { done: number; total: number };
  adoption: { weeksMet: number; weeksNeeded: number };
  /** Blocked: the stage it was blocked from; unblocking returns there. */
  blockedFrom?: WaveUnitStage | null;
  /** The wave is paused (a guardrail breached): no unit of it goes live until it resumes. */
  wavePaused?: boolean;
}

export type MoveCheck = { allowed: true } | { allowed: false; message: string };

/** Stages a partner may move their own unit between: up to ready; they also report any unit blocked. */
const PARTNER_STAGES: ReadonlySet<WaveUnitStage> = new Set(['not_started', 'preparing', 'ready', 'blocked']);
const BLOCKABLE: ReadonlySet<WaveUnitStage> = new Set(['not_started', 'preparing', 'ready', 'live']);
/** Fewest characters a move's reason has. */
export const MIN_WAVE_REASON = 10;
const MIN_REASON = MIN_WAVE_REASON;
const WAVE_PAUSED = 'The wave is paused for a breached guardrail: no unit goes live until it resumes.';

const refuse = (message: string): MoveCheck => ({ allowed: false, message });
const label = (stage: WaveUnitStage) => WAVE_UNIT_STAGE_LABELS[stage];

/** Whether a move is allowed, and when it is not, why in words. */
export function checkWaveMove(move: WaveMove): MoveCheck {
  const { from, to, mover } = move;
  if (!mover.canManage && !mover.reportsForUnit) return refuse('Only the program’s leads and the unit’s partners move it through the roll-out.');
  if (from === to) return refuse(`The unit is already ${label(to).toLowerCase()}.`);
  const partnerOnly = !mover.canManage;
  const partnerMay = (PARTNER_STAGES.has(from) && PARTNER_STAGES.has(to)) || (to === 'blocked' && BLOCKABLE.has(from)) || from === 'blocked';
  if (partnerOnly && !partnerMay) {
    return refuse(`Partners move their units as far as ready and report them blocked; ${label(from).toLowerCase()} to ${label(to).toLowerCase()} is for the program’s leads.`);
  }
  const hasReason = move.reason.trim().length >= MIN_REASON;
  const needsReason = (what: string) => refuse(`${what} needs a reason (${MIN_REASON} characters or more).`);

  if (to === 'blocked') {
    if (!BLOCKABLE.has(from)) return refuse(`A unit that is ${label(from).toLowerCase()} cannot be blocked.`);
    return hasReason ? { allowed: true } : needsReason('Blocking a unit');
  }
  if (from === 'blocked') {
    const back = move.blockedFrom ?? 'preparing';
    if (to !== back) return refuse(`Unblocking returns the unit to ${label(back).toLowerCase()}, where it was blocked.`);
    if (partnerOnly && !PARTNER_STAGES.has(back)) return refuse('A unit blocked while live is unblocked by the program’s leads.');
    return { allowed: true };
  }
  if (to === 'rolled_back') {
    if (from !== 'live' && from !== 'adopted') return refuse('Only a live or adopted unit can be rolled back.');
    return hasReason ? { allowed: true } : needsReason('Rolling a unit back');
  }
  switch (`${from}>${to}`) {
    case 'not_started>preparing':
    case 'ready>preparing':
    case 'rolled_back>preparing':
      return { allowed: true };
    case 'preparing>ready': {
      const { done, total } = move.checklist;
      return done >= total ? { allowed: true } : refuse(`Finish the readiness checklist first: ${done} of ${countOf(total, 'item', 'items')} done.`);
    }
    case 'ready>live':
      return move.wavePaused ? refuse(WAVE_PAUSED) : { allowed: true };
    case 'preparing>live':
      if (move.wavePaused) return refuse(WAVE_PAUSED);
      if (!move.override) return refuse('A unit goes live once it is ready; going live before needs an override.');
      return hasReason ? { allowed: true } : needsReason('Going live before the unit is ready');
    case 'live>adopted': {
      const { weeksMet, weeksNeeded } = move.adoption;
      return weeksMet >= weeksNeeded
        ? { allowed: true }
        : refuse(`Adopted needs the primary metrics met for ${countOf(weeksNeeded, 'week', 'weeks')} in a row; ${countOf(weeksMet, 'week', 'weeks')} so far.`);
    }
    default:
      return refuse(`A unit does not move from ${label(from).toLowerCase()} to ${label(to).toLowerCase()}.`);
  }
}

/**
 * The stages a unit could move to from where it is, before any condition is checked (the screens
 * offer these and ask `checkWaveMove` which are allowed now): forward, back to preparing, blocked,
 * rolled back; a blocked unit only back where it was.
 */
export function waveMoveTargets(from: WaveUnitStage, blockedFrom: WaveUnitStage | null): WaveUnitStage[] {
  switch (from) {
    case 'not_started':
      return ['preparing', 'blocked'];
    case 'preparing':
      return ['ready', 'live', 'blocked'];
    case 'ready':
      return ['live', 'preparing', 'blocked'];
    case 'live':
      return ['adopted', 'rolled_back', 'blocked'];
    case 'adopted':
      return ['rolled_back'];
    case 'blocked':
      return [blockedFrom ?? 'preparing'];
    case 'rolled_back':
      return ['preparing'];
  }
}

/** Whether a move needs a reason: blocking, rolling back, going live before ready. */
export function waveMoveNeedsReason(from: WaveUnitStage, to: WaveUnitStage): boolean {
  return to === 'blocked' || to === 'rolled_back' || (from === 'preparing' && to === 'live');
}

/** The default run of weeks with every primary metric met before a unit counts as adopted. */
export const DEFAULT_ADOPTION_WEEKS = 4;

const DAY_MS = 24 * 60 * 60 * 1000;
const weekGap = (later: string, earlier: string) => Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / (7 * DAY_MS));

/**
 * Weeks in a row, counted back from the latest, in which every primary metric of the unit was met;
 * a week with no values breaks the run as a missed one does (weeks are `YYYY-MM-DD` Mondays).
 */
export function weeksMetInARow(weeks: readonly { week: string; primaryMet: boolean }[]): number {
  const latestFirst = [...weeks].sort((a, b) => b.week.localeCompare(a.week));
  let run = 0;
  for (const [index, week] of latestFirst.entries()) {
    const previous = latestFirst[index - 1];
    if (!week.primaryMet || (previous && weekGap(previous.week, week.week) !== 1)) break;
    run += 1;
  }
  return run;
}

/** Whether a unit went live in its wave: live, adopted or rolled back now, or blocked while live. It then stays in that wave. */
export function wentLive(unit: { stage: WaveUnitStage; blockedFrom?: WaveUnitStage | null }): boolean {
  return unit.stage === 'live' || unit.stage === 'adopted' || unit.stage === 'rolled_back' || (unit.stage === 'blocked' && unit.blockedFrom === 'live');
}

/**
 * A wave pauses itself when a guardrail is breached in one of its units working on the new model
 * (live, adopted, or blocked while live: reporting a unit blocked does not lift the pause), as a
 * failed analysis pauses a software roll-out. Null while none is; otherwise the reason, naming
 * metrics and units.
 */
export function wavePause(units: readonly { name: string; stage: WaveUnitStage; blockedFrom?: WaveUnitStage | null; breachedGuardrails: readonly string[] }[]): { reason: string; breaches: string[] } | null {
  const onTheModel = (unit: (typeof units)[number]) => unit.stage === 'live' || unit.stage === 'adopted' || (unit.stage === 'blocked' && unit.blockedFrom === 'live');
  const breaches = units.filter((unit) => onTheModel(unit) && unit.breachedGuardrails.length > 0).map((unit) => `${unit.breachedGuardrails.join(' and ')} in ${unit.name}`);
  if (breaches.length === 0) return null;
  return { reason: `Paused: a guardrail is breached (${breaches.join('; ')}). Look at it before more units go live.`, breaches };
}
