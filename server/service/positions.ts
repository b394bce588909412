// Position and range helpers, and lookups of the syntax node under a position.
import type { DockerfileAst, Instruction, Position, Range, Stage } from '../../core/parser/ast';
import { findContaining, rangeContains, rangesIntersect } from '../../core/rules/ranges';

// Shared with the rules, so both compare, find and build ranges the same way.
export { comparePositions, findContaining, rangeAt, rangeContains, rangesIntersect } from '../../core/rules/ranges';

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
