// Comments that turn rules off for the instruction right below them:
//   # check=skip=RuleA,RuleB     BuildKit's per-instruction check comment (`skip=all`: every build check);
//   # dockerfile-studio ignore=RuleA,RuleB     ours, for any rule (a bare `ignore`: every rule).
// They apply when they sit in the block of comment lines directly above the instruction (no blank line between).
import type { Comment, DockerfileAst, Instruction } from '../parser/ast';
import { PROBLEM_KINDS } from '../parser/problems';
import { rulesById } from './registry';
import { closest } from './suggest';
import { parseCheckDirective } from './severity';
import type { Finding, Report } from './types';

/** The rule that reports unknown ids in an ignore comment. */
export const IGNORE_COMMENT_RULE = 'InvalidIgnoreComment';

const CHECK_COMMENT = /^check\s*=(.*)$/i;
const IGNORE_COMMENT = /^dockerfile-studio\s+ignore(?:\s*=(.*))?$/;

/** What an instruction's comments turn off: every rule, every build check, or the rules named. */
interface Suppressed {
  all: boolean;
  buildChecks: boolean;
  ids: Set<string>;
}

export interface InlineControls {
  /** The id of the rule `problems` are reported under. */
  rule: string;
  /** Unknown rule ids in ignore comments. */
  problems: Report[];
  suppresses(finding: Finding): boolean;
}

export function inlineControls(ast: DockerfileAst): InlineControls {
  const problems: Report[] = [];
  const byInstruction = new Map<Instruction, Suppressed>();
  const commentAt = new Map<number, Comment>(ast.comments.map((c) => [c.range.start.line, c]));
  for (const instruction of ast.instructions) {
    const suppressed: Suppressed = { all: false, buildChecks: false, ids: new Set() };
    for (let line = instruction.range.start.line - 1; commentAt.has(line); line--)
      readComment(commentAt.get(line) as Comment, suppressed, problems);
    if (suppressed.all || suppressed.buildChecks || suppressed.ids.size > 0) byInstruction.set(instruction, suppressed);
  }
  const suppresses = (finding: Finding): boolean => {
    if (byInstruction.size === 0) return false;
    const instruction = instructionAtLine(ast.instructions, finding.range.start.line);
    const suppressed = instruction && byInstruction.get(instruction);
    if (!suppressed) return false;
    return suppressed.all || suppressed.ids.has(finding.code) || (suppressed.buildChecks && isBuildCheck(finding.code));
  };
  return { rule: IGNORE_COMMENT_RULE, problems, suppresses };
}

function readComment(comment: Comment, into: Suppressed, problems: Report[]): void {
  const text = comment.text.trim();
  const check = CHECK_COMMENT.exec(text);
  if (check) {
    const parsed = parseCheckDirective(check[1] ?? '');
    if (!parsed.ok) return;
    if (parsed.value.skipAll) into.buildChecks = true;
    parsed.value.skip.forEach((id) => into.ids.add(id));
    return;
  }
  const ignore = IGNORE_COMMENT.exec(text);
  if (!ignore) return;
  const list = ignore[1]?.trim();
  if (list === undefined || list === '') {
    into.all = true;
    return;
  }
  for (const id of list.split(',').map((name) => name.trim())) {
    if (id === '') continue;
    if (isKnownId(id)) into.ids.add(id);
    else problems.push(unknownId(comment, id));
  }
}

/** The unknown id reported on the comment, with a fix to the closest known id when one is close. */
function unknownId(comment: Comment, id: string): Report {
  const suggestion = closest(id, [...rulesById.keys(), ...Object.keys(PROBLEM_KINDS)], true);
  const data = { name: id, suggestion: suggestion ?? '' };
  const start = comment.range.end.character - comment.text.length + comment.text.indexOf(id);
  const line = comment.range.start.line;
  if (suggestion === undefined || comment.text.indexOf(id) < 0) return { range: comment.range, data };
  const range = { start: { line, character: start }, end: { line, character: start + id.length } };
  return {
    range: comment.range,
    variant: 'suggest',
    data,
    fixes: [{ titleKey: 'replace', data, edits: [{ range, newText: suggestion }] }],
  };
}

function isKnownId(id: string): boolean {
  return rulesById.has(id) || Object.hasOwn(PROBLEM_KINDS, id);
}

function isBuildCheck(code: string): boolean {
  return rulesById.get(code)?.buildCheck === true;
}

/** The instruction whose lines include `line` (instructions are in document order and do not overlap). */
function instructionAtLine(instructions: readonly Instruction[], line: number): Instruction | undefined {
  let low = 0;
  let high = instructions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = instructions[middle] as Instruction;
    if (line < candidate.range.start.line) high = middle - 1;
    else if (line > candidate.range.end.line) low = middle + 1;
    else return candidate;
  }
  return undefined;
}
