import { passClosedGate, type GateOverride } from '../programs/phase-gate.js';
import {
  CENTRAL_TEAM_LABEL,
  type AssessmentActivity,
  type AssessmentCell,
  type AssessmentFinding,
  type AssessmentUnit,
  type CellRef,
  type ColumnCompleteness,
  type FindingSeverity,
} from './assessment.types.js';

/** Whole percent of `filled` out of `total`, rounded down; an empty grid is 0%. */
export function percentFilled(filled: number, total: number): number {
  return total === 0 ? 0 : Math.floor((filled * 100) / total);
}

/**
 * Completeness per column (the central team first, then the units in the given order) and overall.
 * A cell counts as filled once someone said who does the work; cells of activities no longer in the
 * catalog are ignored.
 */
export function assessmentCompleteness(
  activities: readonly Pick<AssessmentActivity, 'id'>[],
  unitIds: readonly string[],
  cells: readonly Pick<AssessmentCell, 'activityId' | 'unitId'>[],
): { columns: ColumnCompleteness[]; overall: ColumnCompleteness } {
  const activityIds = new Set(activities.map((activity) => activity.id));
  const filledBy = new Map<string | null, number>();
  for (const cell of cells) {
    if (activityIds.has(cell.activityId)) filledBy.set(cell.unitId, (filledBy.get(cell.unitId) ?? 0) + 1);
  }
  const total = activities.length;
  const columns = [null, ...unitIds].map((unitId) => {
    const filled = filledBy.get(unitId) ?? 0;
    return { unitId, filled, total, percent: percentFilled(filled, total) };
  });
  const filled = columns.reduce((sum, column) => sum + column.filled, 0);
  const all = total * columns.length;
  return { columns, overall: { unitId: null, filled, total: all, percent: percentFilled(filled, all) } };
}

const doesLocally = (cell: AssessmentCell) => cell.performer === 'local' || cell.performer === 'both';
const servedCentrally = (cell: AssessmentCell) => cell.performer === 'central' || cell.performer === 'both';
const refOf = (cell: AssessmentCell): CellRef => ({ activityId: cell.activityId, unitId: cell.unitId });

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** True when `ancestorId` is `unitId` itself or above it in the unit tree. */
function covers(ancestorId: string, unitId: string, parentOf: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>();
  for (let current: string | null = unitId; current !== null && !seen.has(current); current = parentOf.get(current) ?? null) {
    if (current === ancestorId) return true;
    seen.add(current);
  }
  return false;
}

/**
 * Duplication, gap and conflict findings of an assessment, one of each kind per activity at most,
 * most severe first (then in catalog order). Only filled cells count: an empty cell is a matter of
 * completeness, not a finding.
 *
 * - Duplication: the central team does the work (its column, or a unit answering "central"/"both")
 *   while a unit also does it itself → high; no central team but several units each do it → medium.
 * - Gap: every filled cell says nobody does it → high; some units answer "nobody" while the work is
 *   done elsewhere → medium (those units are the gap).
 * - Conflict: decision rights. Each cell may claim the decision (`decides`) for its owner's scope:
 *   the central team's scope is the whole program, a unit's scope is the unit and the units below it.
 *   Two claims conflict when their scopes overlap — the central team and any unit, or a unit and a
 *   unit below it. Sibling units deciding for themselves do not conflict (that is local ownership,
 *   which Align may keep or not). Always high: two owners for one decision blocks the design.
 */
export function assessmentFindings(
  activities: readonly AssessmentActivity[],
  units: readonly AssessmentUnit[],
  cells: readonly AssessmentCell[],
): AssessmentFinding[] {
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const columnIndex = new Map(units.map((unit, index) => [unit.id, index]));
  const columnOf = (cell: AssessmentCell) => (cell.unitId === null ? -1 : (columnIndex.get(cell.unitId) ?? units.length));
  const nameOf = (cell: AssessmentCell) => (cell.unitId === null ? CENTRAL_TEAM_LABEL : (unitName.get(cell.unitId) ?? ''));
  const findings: AssessmentFinding[] = [];

  for (const activity of activities) {
    // Cells of units no longer in the program are left out, like cells of removed activities; the rest
    // in column order (central team first), so summaries name them as the grid shows them.
    const own = cells
      .filter((cell) => cell.activityId === activity.id && (cell.unitId === null || unitName.has(cell.unitId)))
      .sort((a, b) => columnOf(a) - columnOf(b));
    const central = own.find((cell) => cell.unitId === null);
    const unitCells = own.filter((cell) => cell.unitId !== null);
    const centralDoesIt = central !== undefined && central.performer !== 'nobody';

    const local = unitCells.filter(doesLocally);
    const servedByCentral = unitCells.filter(servedCentrally);
    const both = unitCells.filter((cell) => cell.performer === 'both');
    if (local.length > 0 && (centralDoesIt || servedByCentral.length > 0)) {
      const involved = [...(centralDoesIt && central ? [central] : []), ...servedByCentral.filter((cell) => !both.includes(cell)), ...local];
      findings.push({
        kind: 'duplication',
        severity: 'high',
        activityId: activity.id,
        summary: `${activity.name}: the central team and ${listNames(local.map(nameOf))} both do this work.`,
        cells: involved.map(refOf),
      });
    } else if (local.length > 1) {
      findings.push({
        kind: 'duplication',
        severity: 'medium',
        activityId: activity.id,
        summary: `${activity.name}: ${listNames(local.map(nameOf))} each do this work separately.`,
        cells: local.map(refOf),
      });
    }

    const nobody = own.filter((cell) => cell.performer === 'nobody');
    if (own.length > 0 && nobody.length === own.length) {
      findings.push({ kind: 'gap', severity: 'high', activityId: activity.id, summary: `${activity.name}: nobody does this work.`, cells: nobody.map(refOf) });
    } else {
      const uncovered = unitCells.filter((cell) => cell.performer === 'nobody');
      if (uncovered.length > 0) {
        findings.push({
          kind: 'gap',
          severity: 'medium',
          activityId: activity.id,
          summary: `${activity.name}: nobody does this work for ${listNames(uncovered.map(nameOf))}.`,
          cells: uncovered.map(refOf),
        });
      }
    }

    const claims = own.filter((cell) => cell.decides);
    const clashing = claims.filter((claim) =>
      claims.some(
        (other) =>
          other !== claim &&
          (claim.unitId === null ||
            other.unitId === null ||
            covers(claim.unitId, other.unitId, parentOf) ||
            covers(other.unitId, claim.unitId, parentOf)),
      ),
    );
    if (clashing.length > 0) {
      findings.push({
        kind: 'conflict',
        severity: 'high',
        activityId: activity.id,
        summary: `${activity.name}: ${listNames(clashing.map(nameOf))} each claim the decision for the same scope.`,
        cells: clashing.map(refOf),
      });
    }
  }
  const rank: Record<FindingSeverity, number> = { high: 0, medium: 1, low: 2 };
  // Array.prototype.sort is stable, so findings of one severity stay in catalog order.
  return findings.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/**
 * The Assess → Align gate: the assessment must be at least `threshold` % complete, unless an admin
 * overrides it with a reason. Other moves pass. Returns the trimmed override reason when the gate
 * was overridden (to keep in the history), null otherwise.
 */
export function checkAssessmentGate(move: { from: string; to: string }, completenessPercent: number, threshold: number, override: GateOverride): string | null {
  if (move.from !== 'assess' || move.to !== 'align' || completenessPercent >= threshold) return null;
  return passClosedGate(`The assessment is ${completenessPercent}% complete; moving to Align needs ${threshold}%.`, override);
}
