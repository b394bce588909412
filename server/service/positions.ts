// Position and range helpers, and lookups of the syntax node under a position.
import type { DockerfileAst, Instruction, Position, Range, Stage } from '../../core/parser/ast';
import { comparePositions } from '../../core/rules/ranges';

// Shared with the rules, so both compare and build ranges the same way.
export { comparePositions, rangeAt } from '../../core/rules/ranges';

/** True when `position` lies in `range`, both ends included (a cursor just after a word is on it). */
export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

export function rangesIntersect(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** Binary search over items sorted by range; the last item starting at or before `position` that contains it. */
export function findContaining<T extends { range: Range }>(items: readonly T[], position: Position): T | undefined {
  let low = 0;
  let high = items.length - 1;
  let found: T | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = items[mid];
    if (!item) break;
    if (comparePositions(item.range.start, position) <= 0) {
      found = item;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found && rangeContains(found.range, position) ? found : undefined;
}

/** Index of the first node starting on or after the line (binary search; nodes are in document order). */
export function firstStartingFrom(nodes: readonly { range: { start: Position } }[], line: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((nodes[mid]?.range.start.line ?? 0) < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The instruction under the position; for ONBUILD, its trigger when the position is on it. */
export function instructionAt(ast: DockerfileAst, position: Position): Instruction | undefined {
  const outer = findContaining(ast.instructions, position);
  if (outer?.trigger && rangeContains(outer.trigger.range, position)) return outer.trigger;
  return outer;
}

/** The last stage that starts at or before the position (the stage a new line there would belong to). */
export function stageBefore(ast: DockerfileAst, position: Position): Stage | undefined {
  return findContaining(ast.stages, position);
}

/** Nodes in document order (none overlapping the next) that touch the range, found by binary search; all without one. */
export function nodesTouching<T extends { range: Range }>(nodes: readonly T[], range: Range | undefined): readonly T[] {
  if (!range) return nodes;
  const found: T[] = [];
  for (let i = Math.max(firstStartingFrom(nodes, range.start.line) - 1, 0); i < nodes.length; i++) {
    const node = nodes[i] as T;
    if (node.range.start.line > range.end.line) break;
    if (rangesIntersect(node.range, range)) found.push(node);
  }
  return found;
}
