// Where a finding goes when BuildKit reports it on a whole instruction.
import type { Instruction, Range } from '../parser/ast';

/**
 * `range` when it starts on the instruction's first line (the line BuildKit names), else the keyword: the editor
 * points at the words concerned, and both tools name the same line.
 */
export function onFirstLine(instruction: Instruction, range: Range): Range {
  return range.start.line === instruction.range.start.line ? range : instruction.keywordRange;
}
