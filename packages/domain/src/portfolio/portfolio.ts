import { compareNames } from '../common/words.js';
import { isoWeekStart, shiftDays } from '../pilots/pilot-dates.js';
import type { SuccessMetricKind } from '../pilots/pilot.types.js';
import { programHealth, type ProgramHealth, type ProgramHealthInput } from '../programs/program-health.js';
import type { ProgramStatus } from '../programs/program.types.js';

// The portfolio: every active program on one screen, with the figures an executive reads across
// them. The rules that decide those figures live here, so the screen, its exports and the weekly
// digest say the same.

/** Weeks of history the portfolio's trends show, this one included. */
export const PORTFOLIO_TREND_WEEKS = 12;

/** The Mondays of the trend window, oldest first, ending with the week holding `today`. */
export function trendWeeks(today: string, weeks = PORTFOLIO_TREND_WEEKS): string[] {
  const last = isoWeekStart(today);
  return Array.from({ length: weeks }, (_, i) => shiftDays(last, (i - weeks + 1) * 7));
}

/**
 * A program's computed health, or null while it is on hold or completed: those statuses say where
 * the program stands, not how healthy it is, so they stay as set.
 */
export function computedHealth(status: ProgramStatus, input: ProgramHealthInput): ProgramHealth | null {
  return status === 'on_hold' || status === 'completed' ? null : programHealth(input);
}

/** The metric that speaks for a pilot in a list: its first primary metric, else its first. */
export function keyMetricOf<M extends { metric: { kind: SuccessMetricKind } }>(metrics: readonly M[]): M | null {
  return metrics.find((row) => row.metric.kind === 'primary') ?? metrics[0] ?? null;
}

export interface TreeUnit {
  id: string;
  name: string;
  parentId: string | null;
}

/**
 * The rows of the heat map: the units some program works with and the units above them, as the
 * region tree, depth first with siblings by name, each with its depth (0 for a top-level unit).
 */
export function unitTreeRows<U extends TreeUnit>(units: readonly U[], used: ReadonlySet<string>): (U & { depth: number })[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const shown = new Set<string>();
  for (const id of used) {
    for (let unit = byId.get(id); unit && !shown.has(unit.id); unit = unit.parentId ? byId.get(unit.parentId) : undefined) shown.add(unit.id);
  }
  const children = new Map<string | null, U[]>();
  for (const unit of units) {
    if (!shown.has(unit.id)) continue;
    const parent = unit.parentId && shown.has(unit.parentId) ? unit.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(unit);
    else children.set(parent, [unit]);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => compareNames(a.name, b.name));
  const rows: (U & { depth: number })[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      rows.push({ ...unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}

/** The ids of a unit and every unit below it. */
export function subtreeOf(units: readonly Pick<TreeUnit, 'id' | 'parentId'>[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    const siblings = children.get(unit.parentId);
    if (siblings) siblings.push(unit.id);
    else children.set(unit.parentId, [unit.id]);
  }
  const found = new Set<string>();
  const stack = [rootId];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}
