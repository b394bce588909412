// Incremental reparse: parse again only the instructions an edit touched, and reuse the rest of the previous tree.
// The parser is line-oriented and keeps no state between instructions (apart from the directives at the top), so
// a window that starts at an instruction and ends where no continuation or here-document is left open parses
// exactly as it would inside the whole file. Anything less certain falls back to a full parse.
import type { DockerfileAst, Instruction, Position } from '../../core/parser/ast';
import { parse } from '../../core/parser/index';
import { buildStages } from '../../core/parser/stages';
import type { LineIndex } from './line-index';
import { firstStartingFrom } from './positions';

/** Lines changed since `previous` was parsed: [start, end] in the new text, and the change in line count. */
export interface DirtyLines {
  start: number;
  end: number;
  delta: number;
}

const MAX_WIDENINGS = 6;

export function reparse(
  previous: DockerfileAst,
  text: string,
  lines: LineIndex,
  dirty: DirtyLines,
): DockerfileAst | undefined {
  const old = previous.instructions;
  if (!keepsDirectives(old[0], text, lines, dirty)) return undefined;
  const from = lastStartingAtOrBefore(old, dirty.start);
  let to = Math.max(from, lastStartingAtOrBefore(old, dirty.end - dirty.delta));
  for (let attempt = 0; attempt <= MAX_WIDENINGS; attempt++) {
    const startLine = old[from]?.range.start.line ?? 0;
    const atEnd = to >= old.length - 1;
    const oldEnd = atEnd
      ? previous.lineCount - 1
      : Math.max((old[to] as Instruction).range.end.line, dirty.end - dirty.delta);
    const newEnd = oldEnd + dirty.delta;
    const fragment = parseWindow(previous, text, lines, startLine, newEnd);
    if (atEnd || isClosed(fragment, lines, previous.escapeChar, startLine, newEnd)) {
      return splice(previous, fragment, { from, to, startLine, oldEnd, delta: dirty.delta });
    }
    to += 1 << attempt;
  }
  return undefined;
}

/**
 * True when the edit cannot change the directives at the top (and so the escape character): it starts after the first
 * instruction's line, or on that line while the line stays something other than a comment (a directive must be one).
 */
function keepsDirectives(first: Instruction | undefined, text: string, lines: LineIndex, dirty: DirtyLines): boolean {
  const firstLine = first?.range.start.line;
  if (firstLine === undefined || dirty.start < firstLine) return false;
  if (dirty.start > firstLine) return true;
  if (dirty.start === 0 && text.charCodeAt(0) === BYTE_ORDER_MARK) return false;
  return !lines.lineText(firstLine).trimStart().startsWith('#');
}

const BYTE_ORDER_MARK = 0xfeff;

function lastStartingAtOrBefore(instructions: readonly Instruction[], line: number): number {
  let low = 0;
  let high = instructions.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((instructions[mid]?.range.start.line ?? 0) <= line) low = mid;
    else high = mid - 1;
  }
  return low;
}

interface Fragment {
  ast: DockerfileAst;
  /** Fragment line `n` is document line `n + shift`. */
  shift: number;
}

function parseWindow(
  previous: DockerfileAst,
  text: string,
  lines: LineIndex,
  startLine: number,
  endLine: number,
): Fragment {
  const start = lines.offsetAt({ line: startLine, character: 0 });
  const end = endLine + 1 < lines.lineCount ? lines.offsetAt({ line: endLine + 1, character: 0 }) : text.length;
  // A blank line ends the directives, so a `# check=…` comment at the window's top stays a comment.
  const prefix = previous.escapeChar === '`' ? '# escape=`\n\n' : '\n';
  return { ast: parse(prefix + text.slice(start, end)), shift: startLine - prefix.split('\n').length + 1 };
}

/** True when the window's last instruction leaves nothing open: no here-document and no trailing continuation. */
function isClosed(fragment: Fragment, lines: LineIndex, escape: string, startLine: number, endLine: number): boolean {
  if (fragment.ast.problems.some((p) => p.code === 'UnterminatedHeredoc')) return false;
  for (let line = endLine; line >= startLine; line--) {
    const content = lines.lineText(line).trim();
    if (content === '' || content.startsWith('#')) continue;
    return !content.endsWith(escape);
  }
  return true;
}

interface Window {
  /** Indexes of the first and last replaced instruction. */
  from: number;
  to: number;
  startLine: number;
  /** Last replaced line, in the previous text's numbering. */
  oldEnd: number;
  delta: number;
}

type Located = { range: { start: Position } };

function splice(previous: DockerfileAst, fragment: Fragment, window: Window): DockerfileAst {
  const { startLine, oldEnd, delta } = window;
  const fresh = <T extends Located>(nodes: T[]): T[] => nodes.slice(firstStartingFrom(nodes, startLine));
  const [commentsBefore, commentsAfter] = outside(previous.comments, startLine, oldEnd);
  const [problemsBefore, problemsAfter] = outside(previous.problems, startLine, oldEnd);
  const instructionsAfter = previous.instructions.slice(window.to + 1);
  // One call per group: nodes of a group may share positions (a problem's range is often a node's range).
  shiftInPlace([fragment.ast.instructions, fragment.ast.comments, fragment.ast.problems], fragment.shift);
  shiftInPlace([instructionsAfter, commentsAfter, problemsAfter], delta);
  const instructions = previous.instructions
    .slice(0, window.from)
    .concat(fresh(fragment.ast.instructions), instructionsAfter);
  return {
    directives: previous.directives,
    escapeChar: previous.escapeChar,
    instructions,
    comments: commentsBefore.concat(fresh(fragment.ast.comments), commentsAfter),
    stages: buildStages(instructions),
    problems: problemsBefore.concat(fresh(fragment.ast.problems), problemsAfter),
    lineCount: previous.lineCount + delta,
  };
}

/** The nodes starting before `startLine`, and those starting after `endLine` (nodes are in document order). */
function outside<T extends Located>(nodes: T[], startLine: number, endLine: number): [T[], T[]] {
  return [nodes.slice(0, firstStartingFrom(nodes, startLine)), nodes.slice(firstStartingFrom(nodes, endLine + 1))];
}

/**
 * Moves every position in the nodes down by `lines`, in place: the nodes after an edit belong to the new tree
 * from now on (the previous version is never read again). Nodes may share position objects, so a first pass
 * moves each position and marks it by making its line negative, and a second pass clears the marks.
 */
function shiftInPlace(nodes: unknown, lines: number): void {
  if (lines === 0) return;
  forEachPosition(nodes, (p) => {
    if (p.line >= 0) p.line = -(p.line + lines) - 1;
  });
  forEachPosition(nodes, (p) => {
    if (p.line < 0) p.line = -p.line - 1;
  });
}

function forEachPosition(value: unknown, visit: (position: Position) => void): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) forEachPosition(item, visit);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.line === 'number' && typeof record.character === 'number') {
    visit(record as unknown as Position);
    return;
  }
  for (const key in record) forEachPosition(record[key], visit);
}
