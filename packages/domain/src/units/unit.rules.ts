import { compareNames } from '../common/words.js';
import { invalidField } from '../common/errors.js';
import type { UnitNode } from './unit.types.js';

type TreeItem = { id: string; parentId: string | null; name: string };

/**
 * Builds a forest from a flat list, children sorted by name. Units whose parent is not in the
 * list become roots, so a filtered list still renders.
 */
export function buildUnitTree<U extends TreeItem>(units: readonly U[]): UnitNode<U>[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitNode<U>[] }]));
  const roots: UnitNode<U>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const byName = (a: UnitNode<U>, b: UnitNode<U>) => compareNames(a.unit.name, b.unit.name);
  const sortDeep = (list: UnitNode<U>[]) => {
    list.sort(byName);
    list.forEach((node) => sortDeep(node.children));
  };
  sortDeep(roots);
  return roots;
}

/** Ids of a unit and everything below it. */
export function descendantIds(units: readonly TreeItem[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentId) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  }
  const found = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    if (found.has(current)) continue;
    found.add(current);
    stack.push(...(children.get(current) ?? []));
  }
  return found;
}

/** Refuses a parent that would make the tree a cycle (the unit itself or one of its descendants). */
export function assertValidParent(units: readonly TreeItem[], unitId: string, parentId: string | null | undefined): void {
  if (!parentId) return;
  if (descendantIds(units, unitId).has(parentId)) {
    throw invalidField('parentId', 'A unit cannot sit under itself or one of its own sub-units.');
  }
}
