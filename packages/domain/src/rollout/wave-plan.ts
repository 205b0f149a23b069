import { z } from 'zod';
import { formatCalendarDate } from '../common/calendar-date.js';
import { invalidField } from '../common/errors.js';
import { canonicalId, expectedVersion, id, localDate, nameText, text } from '../common/fields.js';
import { daysBetween, isoWeekStart, shiftDays } from '../pilots/pilot-dates.js';
import type { UnitStageKind } from '../programs/unit-stage.js';
import { READINESS_PARTS } from './readiness.js';
import { WAVE_UNIT_STAGES, type WaveUnitStage } from './wave-stage.js';

// The roll-out plan: waves with dates and units, what each unit gets when it joins, and the
// program's progress and forecast from the moves its units made.

/** The readiness checklist each unit gets when it joins a wave; the program's leads and its partners tick it. */
export const DEFAULT_READINESS_CHECKLIST: readonly string[] = [
  'Announcement sent to the unit’s sellers and managers',
  'Enablement sessions held',
  'CRM and routing configured for the new model',
  'Reports and dashboards switched over',
  'Local sponsor briefed on the lessons learned',
];

export interface ChecklistItem {
  label: string;
  done: boolean;
}

/**
 * Why a checklist change is refused, or null: the program's leads set the items (at least one),
 * partners only tick them; a unit that is ready keeps every item done (it moves back to preparing
 * first), so ready always means the checklist is done.
 */
export function checklistChangeProblem(current: readonly ChecklistItem[], next: readonly ChecklistItem[], context: { canManage: boolean; stage: WaveUnitStage }): string | null {
  if (next.length === 0) return 'Keep at least one item on the checklist.';
  const sameItems = next.length === current.length && next.every((item, index) => item.label === current[index]?.label);
  if (!context.canManage && !sameItems) return 'Partners tick the checklist; its items are set by the program’s leads.';
  if (context.stage === 'ready' && next.some((item) => !item.done)) return 'The unit is ready: move it back to preparing before unticking an item.';
  return null;
}

/** Most units one wave may take. */
export const MAX_WAVE_UNITS = 100;

const stageEnum = z.enum(WAVE_UNIT_STAGES, 'Pick a stage.');

export const createRolloutPlanSchema = z.object({ programId: id, pilotId: canonicalId('Pick the pilot decided to scale.') });

const waveDates = z
  .object({ name: nameText('Name', 2, 120), plannedStart: localDate, plannedEnd: localDate })
  .refine((wave) => wave.plannedEnd > wave.plannedStart, { message: 'The wave ends after it starts.', path: ['plannedEnd'] });

export const addWaveSchema = waveDates.safeExtend({
  planId: id,
  unitIds: z
    .array(canonicalId('Pick a unit.'))
    .max(MAX_WAVE_UNITS, `Pick at most ${MAX_WAVE_UNITS} units.`)
    .refine((ids) => new Set(ids).size === ids.length, 'Each unit can be picked only once.'),
});

export const updateWaveSchema = waveDates.safeExtend({ id, expectedVersion });

export const moveWaveUnitSchema = z.object({
  id,
  to: stageEnum,
  reason: z.string().trim().max(2000, 'Keep the reason under 2000 characters.').default(''),
  override: z.boolean().default(false),
  expectedVersion,
});

export const assignWaveUnitSchema = z.object({ id, waveId: canonicalId('Pick a wave.'), expectedVersion });

const count = (label: string) => z.number(`${label}: enter a whole number.`).int(`${label}: enter a whole number.`).min(0, `${label} cannot be negative.`).max(1_000_000);

export const updateWaveUnitReadinessSchema = z
  .object({
    id,
    checklist: z.array(z.object({ label: text('Checklist item', 1, 200), done: z.boolean() })).max(30, 'Keep the checklist to 30 items.'),
    peopleInScope: count('People in scope'),
    peopleTrained: count('People trained'),
    sponsorName: z.string().trim().max(120, 'Keep the name under 120 characters.').default(''),
    expectedVersion,
  })
  .refine((unit) => unit.peopleTrained <= unit.peopleInScope, { message: 'More people trained than in scope.', path: ['peopleTrained'] });

const weight = z.number('Enter a weight.').min(0, 'A weight cannot be negative.').max(100, 'A weight is at most 100.');

export const updateRolloutSettingsSchema = z
  .object({
    id,
    adoptionWeeks: z.number().int('Enter whole weeks.').min(1, 'At least 1 week.').max(26, 'At most 26 weeks.'),
    readinessWeights: z.object(Object.fromEntries(READINESS_PARTS.map((part) => [part, weight])) as Record<(typeof READINESS_PARTS)[number], typeof weight>),
    expectedVersion,
  })
  .refine((settings) => Object.values(settings.readinessWeights).some((value) => value > 0), { message: 'Give at least one part a weight.', path: ['readinessWeights'] });

export { stageEnum as waveUnitStageSchema };

/** Where a unit already is in the program's roll-out, when it cannot join a wave. */
export type WaveMembership = { kind: 'piloted'; pilotName: string } | { kind: 'in_wave'; waveName: string; stage: WaveUnitStage } | null;

/** Why a unit cannot join a wave, naming where it is; null when it can. */
export function waveMembershipProblem(unitName: string, membership: WaveMembership): string | null {
  if (membership === null) return null;
  if (membership.kind === 'piloted') return `${unitName} already runs the model: it piloted it in ${membership.pilotName}.`;
  const where = membership.stage === 'live' || membership.stage === 'adopted' ? `is ${membership.stage} in ${membership.waveName}` : `is already in ${membership.waveName}`;
  return `${unitName} ${where}.`;
}

/**
 * Dates a wave unit's values on the scaled pilot's metrics may have: from a year before its wave's
 * planned start (its own baseline) to today; its measurements go on while it rolls out, after the
 * pilot itself is decided.
 */
export function waveMeasurementRange(plannedStart: string, today: string): { earliestDate: string; latestDate: string } {
  return { earliestDate: shiftDays(plannedStart, -365), latestDate: today };
}

/** A wave unit's check-in is for a week that has begun and is not before its wave's first week. Throws BAD_USER_INPUT naming the field. */
export function checkWaveCheckInWeek(waveStart: string, weekStart: string, today: string): void {
  if (weekStart > isoWeekStart(today)) throw invalidField('weekStart', 'You cannot check in for a future week.');
  if (weekStart < isoWeekStart(waveStart)) throw invalidField('weekStart', `The unit’s wave starts on ${formatCalendarDate(waveStart)}: pick a week from then on.`);
}

/** One move of a unit through the roll-out, as progress and dates read it. */
export interface StageMove {
  waveUnitId: string;
  to: WaveUnitStage;
  /** YYYY-MM-DD. */
  on: string;
}

/** The actual start (first unit live) and end (every unit adopted) of a wave, from its units' moves and stages. */
export function waveActualDates(units: readonly { id: string; stage: WaveUnitStage }[], moves: readonly StageMove[]): { start: string | null; end: string | null } {
  const ids = new Set(units.map((unit) => unit.id));
  const mine = moves.filter((move) => ids.has(move.waveUnitId)).sort((a, b) => a.on.localeCompare(b.on));
  const start = mine.find((move) => move.to === 'live')?.on ?? null;
  const allAdopted = units.length > 0 && units.every((unit) => unit.stage === 'adopted');
  const end = allAdopted ? (mine.filter((move) => move.to === 'adopted').at(-1)?.on ?? null) : null;
  return { start, end };
}

export interface ProgressCount {
  units: number;
  /** Units live or adopted. */
  live: number;
  adopted: number;
}

/** Units live (live or adopted) and adopted among `stages`: wave stages, or units' stages in a program, which say live and adopted alike. */
export function progressOf(stages: readonly (WaveUnitStage | UnitStageKind)[]): ProgressCount {
  return {
    units: stages.length,
    live: stages.filter((stage) => stage === 'live' || stage === 'adopted').length,
    adopted: stages.filter((stage) => stage === 'adopted').length,
  };
}

/** Per week (Monday), how many units were live and adopted at its end, from the first move on. */
export function adoptionOverTime(units: readonly { id: string }[], moves: readonly StageMove[], today: string): { week: string; live: number; adopted: number }[] {
  const sorted = [...moves].sort((a, b) => a.on.localeCompare(b.on));
  const first = sorted[0];
  if (!first) return [];
  const weeks: { week: string; live: number; adopted: number }[] = [];
  const stage = new Map<string, WaveUnitStage>(units.map((unit) => [unit.id, 'not_started']));
  let next = 0;
  for (let week = isoWeekStart(first.on); week <= today; week = shiftDays(week, 7)) {
    const weekEnd = shiftDays(week, 7);
    while (next < sorted.length && (sorted[next] as StageMove).on < weekEnd) {
      const move = sorted[next] as StageMove;
      if (stage.has(move.waveUnitId)) stage.set(move.waveUnitId, move.to);
      next += 1;
    }
    const { live, adopted } = progressOf([...stage.values()]);
    weeks.push({ week, live, adopted });
  }
  return weeks;
}

export type RolloutForecast =
  | { kind: 'done'; on: string }
  | { kind: 'projected'; on: string; unitsPerWeek: number }
  | { kind: 'unknown'; reason: string };

/**
 * When the last wave completes (every unit adopted), from the pace so far: units adopted per week
 * since the first unit went live, projected over the units still to adopt. Unknown before any unit
 * is adopted: there is no pace yet.
 */
export function rolloutForecast(input: { units: number; adopted: readonly string[]; firstLive: string | null; today: string }): RolloutForecast {
  const { units, adopted, firstLive, today } = input;
  const last = [...adopted].sort().at(-1);
  if (units > 0 && adopted.length >= units && last) return { kind: 'done', on: last };
  if (units === 0) return { kind: 'unknown', reason: 'No units are in a wave yet.' };
  if (firstLive === null) return { kind: 'unknown', reason: 'No unit has gone live yet.' };
  if (adopted.length === 0) return { kind: 'unknown', reason: 'No unit is adopted yet, so there is no pace to project.' };
  // At least a week of pace. Days left = units left × days elapsed / units adopted, in whole numbers
  // before the one division: going through units a week and back (× 7) lands a hair above a whole
  // day (1 left at 1 per 29 days gave 29.000000000000004) and the ceiling then added a day.
  const days = Math.max(7, daysBetween(firstLive, today));
  const unitsPerWeek = (adopted.length * 7) / days;
  return { kind: 'projected', on: shiftDays(today, Math.ceil(((units - adopted.length) * days) / adopted.length)), unitsPerWeek: Math.round(unitsPerWeek * 100) / 100 };
}
