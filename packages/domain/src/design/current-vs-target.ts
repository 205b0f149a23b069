import { assessmentFindings } from '../assessments/assessment.rules.js';
import type { AssessmentActivity, AssessmentCell, AssessmentFinding, AssessmentUnit, FindingKind } from '../assessments/assessment.types.js';
import { joinNames } from '../common/words.js';
import type { ActivityPlacement, Placement } from './placement.js';

// What the target model changes against the assessed current state: which work moves between the
// units and the hub, which findings of the assessment the placements resolve, and what is left.

/** The lists of the current-vs-target view, in the order it shows them. */
export const DESIGN_SHIFT_KINDS = ['localToCentral', 'centralToLocal', 'duplicationsRemoved', 'gapsFilled', 'gapsOpen', 'unplaced'] as const;
export type DesignShiftKind = (typeof DESIGN_SHIFT_KINDS)[number];

export const DESIGN_SHIFT_LABELS: Record<DesignShiftKind, string> = {
  localToCentral: 'Moving from the units to the hub',
  centralToLocal: 'Moving from the central team to the spokes',
  duplicationsRemoved: 'Duplications the target removes',
  gapsFilled: 'Gaps the target fills',
  gapsOpen: 'Gaps left open',
  unplaced: 'Activities without a placement',
};

/** One activity in one list, with a sentence naming it and the units concerned. */
export interface DesignShift {
  activityId: string;
  /** The units the sentence is about (the central team is not a unit). */
  unitIds: string[];
  sentence: string;
}

export interface DesignShiftList {
  count: number;
  items: DesignShift[];
}

export type CurrentVsTarget = Record<DesignShiftKind, DesignShiftList>;

export interface CurrentVsTargetInput {
  activities: readonly AssessmentActivity[];
  units: readonly AssessmentUnit[];
  cells: readonly AssessmentCell[];
  placements: readonly Pick<ActivityPlacement, 'activityId' | 'placement'>[];
}

const TARGET_SENTENCES: Record<Placement, string> = {
  hub: 'The target places it in the hub.',
  spoke: 'The target places it in the spokes.',
  shared: 'The target shares it: the hub sets the standard, the spokes execute.',
};

const unitIdsOf = (finding: AssessmentFinding) => finding.cells.flatMap((cell) => (cell.unitId === null ? [] : [cell.unitId]));

/**
 * Compares the assessment with the placements, activity by activity, in catalog order:
 * - local → central: a unit does the work itself today ("local" or "both") and the target places it in the hub;
 * - central → local: only the central team does it today (its column, or units answering "central") and the target places it in the spokes;
 * - duplications removed: a duplication finding today, placed in the hub or shared. Placed in the
 *   spokes, each unit keeps its own version of the work, so the duplication stays;
 * - gaps filled: a gap finding today and any placement (someone now owns the work); gaps open: a gap and no placement;
 * - unplaced: every activity without a placement.
 * Findings come from `assessmentFindings`, so cells of units or activities no longer in the program
 * are ignored here as there.
 */
export function currentVsTarget({ activities, units, cells, placements }: CurrentVsTargetInput): CurrentVsTarget {
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  const placementOf = new Map(placements.map((placement) => [placement.activityId, placement.placement]));
  const findingOf = new Map<string, AssessmentFinding>();
  for (const finding of assessmentFindings(activities, units, cells)) findingOf.set(`${finding.kind}:${finding.activityId}`, finding);
  const findingFor = (kind: FindingKind, activityId: string) => findingOf.get(`${kind}:${activityId}`);
  const lists: Record<DesignShiftKind, DesignShift[]> = { localToCentral: [], centralToLocal: [], duplicationsRemoved: [], gapsFilled: [], gapsOpen: [], unplaced: [] };

  for (const activity of activities) {
    const placement = placementOf.get(activity.id);
    const own = cells.filter((cell) => cell.activityId === activity.id && (cell.unitId === null || unitName.has(cell.unitId)));
    const localDoers = units.filter((unit) => own.some((cell) => cell.unitId === unit.id && (cell.performer === 'local' || cell.performer === 'both')));
    const centralDoes = own.some((cell) => (cell.unitId === null ? cell.performer !== 'nobody' : cell.performer === 'central'));

    if (placement === 'hub' && localDoers.length > 0) {
      const doers = joinNames(localDoers.map((unit) => unit.name));
      const today = localDoers.length === 1 ? 'does it itself today' : 'do it themselves today';
      lists.localToCentral.push({ activityId: activity.id, unitIds: localDoers.map((unit) => unit.id), sentence: `${activity.name} moves to the hub: ${doers} ${today}.` });
    }
    if (placement === 'spoke' && centralDoes && localDoers.length === 0) {
      lists.centralToLocal.push({ activityId: activity.id, unitIds: [], sentence: `${activity.name} moves to the spokes: only the central team does it today.` });
    }
    const duplication = findingFor('duplication', activity.id);
    if (duplication && (placement === 'hub' || placement === 'shared')) {
      lists.duplicationsRemoved.push({ activityId: activity.id, unitIds: unitIdsOf(duplication), sentence: `${duplication.summary} ${TARGET_SENTENCES[placement]}` });
    }
    const gap = findingFor('gap', activity.id);
    if (gap) {
      const list = placement === undefined ? lists.gapsOpen : lists.gapsFilled;
      const target = placement === undefined ? 'It has no placement yet.' : TARGET_SENTENCES[placement];
      list.push({ activityId: activity.id, unitIds: unitIdsOf(gap), sentence: `${gap.summary} ${target}` });
    }
    if (placement === undefined) lists.unplaced.push({ activityId: activity.id, unitIds: [], sentence: `${activity.name} has no placement yet.` });
  }

  const withCount = (items: DesignShift[]): DesignShiftList => ({ count: items.length, items });
  return {
    localToCentral: withCount(lists.localToCentral),
    centralToLocal: withCount(lists.centralToLocal),
    duplicationsRemoved: withCount(lists.duplicationsRemoved),
    gapsFilled: withCount(lists.gapsFilled),
    gapsOpen: withCount(lists.gapsOpen),
    unplaced: withCount(lists.unplaced),
  };
}
