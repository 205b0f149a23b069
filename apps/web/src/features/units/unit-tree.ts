import { buildUnitTree, type UnitNode } from '@rollout/domain';

type TreeUnit = { id: string; parentId?: string | null; name: string; code: string };

/**
 * Units matching a search (name or code), with their ancestors so each match keeps its place in
 * the tree. An empty search keeps everything.
 */
function matches(unit: TreeUnit, term: string): boolean {
  return unit.name.toLowerCase().includes(term) || unit.code.toLowerCase().includes(term);
}

/** How many units match the search themselves (ancestors shown for context do not count). */
export function countMatches(units: readonly TreeUnit[], search: string): number {
  const term = search.trim().toLowerCase();
  return term ? units.filter((unit) => matches(unit, term)).length : units.length;
}

export function filterUnits<U extends TreeUnit>(units: readonly U[], search: string): U[] {
  const term = search.trim().toLowerCase();
  if (!term) return [...units];
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const keep = new Set<string>();
  for (const unit of units) {
    if (!matches(unit, term)) continue;
    let current: U | undefined = unit;
    while (current && !keep.has(current.id)) {
      keep.add(current.id);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
  }
  return units.filter((unit) => keep.has(unit.id));
}

/** `buildUnitTree` for GraphQL units, whose `parentId` may be missing. */
export function unitForest<U extends TreeUnit>(units: readonly U[]): UnitNode<U & { parentId: string | null }>[] {
  return buildUnitTree(units.map((unit) => ({ ...unit, parentId: unit.parentId ?? null })));
}

/** Ids of nodes that have children, for "expand all". */
export function parentIds<U extends { id: string; parentId: string | null; name: string }>(
  nodes: readonly UnitNode<U>[],
): string[] {
  return nodes.flatMap((node) => (node.children.length > 0 ? [node.unit.id, ...parentIds(node.children)] : []));
}
