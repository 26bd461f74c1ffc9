import type { UnitDto } from '../../../shared/ipc/methods/units';

export interface UnitNode {
  unit: UnitDto;
  depth: number;
  children: UnitNode[];
  /** Active employees in this unit and every unit below it. */
  activeTotal: number;
}

function byOrder(a: UnitDto, b: UnitDto): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'id');
}

/** The unit forest, children sorted; units whose parent is missing are treated as roots. */
export function buildUnitTree(units: readonly UnitDto[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = new Map<number | null, UnitDto[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(unit);
    childrenOf.set(parent, list);
  }
  const visit = (unit: UnitDto, depth: number, seen: Set<number>): UnitNode => {
    seen.add(unit.id);
    const children = (childrenOf.get(unit.id) ?? [])
      .filter((child) => !seen.has(child.id))
      .sort(byOrder)
      .map((child) => visit(child, depth + 1, seen));
    const activeTotal = unit.employeeCount + children.reduce((sum, child) => sum + child.activeTotal, 0);
    return { unit, depth, children, activeTotal };
  };
  const seen = new Set<number>();
  return (childrenOf.get(null) ?? []).sort(byOrder).map((root) => visit(root, 0, seen));
}

/** Depth-first list of the tree, the order a select or an indented table shows it. */
export function flattenUnitTree(nodes: readonly UnitNode[]): UnitNode[] {
  return nodes.flatMap((node) => [node, ...flattenUnitTree(node.children)]);
}

const INDENT = '\u00a0\u00a0\u00a0\u00a0';

export interface UnitOption {
  value: string;
  label: string;
}

/** Options for a unit select, indented by depth with non-breaking spaces (a native select keeps them). */
export function unitOptions(units: readonly UnitDto[]): UnitOption[] {
  return flattenUnitTree(buildUnitTree(units)).map((node) => ({
    value: String(node.unit.id),
    label: `${INDENT.repeat(node.depth)}${node.unit.name}`,
  }));
}

/** The ids of a unit and everything below it. */
export function subtreeIds(node: UnitNode): number[] {
  return [node.unit.id, ...node.children.flatMap(subtreeIds)];
}
