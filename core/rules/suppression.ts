// Comments that turn rules off for the instruction right below them:
//   # check=skip=RuleA,RuleB     BuildKit's per-instruction check comment (`skip=all`: every build check);
//   # dockerfile-studio ignore=RuleA,DL3008,SC2086     ours, for any rule (a bare `ignore`: every rule);
//   # hadolint ignore=DL3008,SC2086     hadolint's, through the rules' hadolint codes.
// They apply when they sit in the block of comment lines directly above the instruction (no blank line between).
// `# hadolint global ignore=DL3008` anywhere turns those codes off in the whole file.
import type { Comment, DockerfileAst, Instruction } from '../parser/ast';
import { PROBLEM_KINDS } from '../parser/problems';
import { findingCode, isKnownCode, rulesById } from './registry';
import { closest } from './suggest';
import { parseCheckDirective } from './severity';
import type { Finding, Report } from './types';

/** The rule that reports unknown ids in an ignore comment. */
export const IGNORE_COMMENT_RULE = 'InvalidIgnoreComment';

const CHECK_COMMENT = /^check\s*=(.*)$/i;
const IGNORE_COMMENT = /^dockerfile-studio\s+ignore(?:\s*=(.*))?$/;
const HADOLINT_IGNORE = /^hadolint\s+ignore\s*=(.*)$/;
const HADOLINT_GLOBAL_IGNORE = /^hadolint\s+global\s+ignore\s*=(.*)$/;
/** A hadolint rule code (`DL3059`). */
const HADOLINT_CODE = /^DL\d{4}$/;

/** What an instruction's comments turn off: every rule, every build check, or the codes named (rule ids, SC codes). */
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
    if (!commentAt.has(instruction.range.start.line - 1)) continue;
    const suppressed: Suppressed = { all: false, buildChecks: false, ids: new Set() };
    for (let line = instruction.range.start.line - 1; commentAt.has(line); line--)
      readComment(commentAt.get(line) as Comment, suppressed, problems);
    if (suppressed.all || suppressed.buildChecks || suppressed.ids.size > 0) byInstruction.set(instruction, suppressed);
  }
  const global = globalIgnores(ast.comments);
  const suppresses = (finding: Finding): boolean => {
    if (global.size > 0 && names(global, finding)) return true;
    if (byInstruction.size === 0) return false;
    const instruction = instructionAtLine(ast.instructions, finding.range.start.line);
    const suppressed = instruction && byInstruction.get(instruction);
    if (!suppressed) return false;
    return suppressed.all || names(suppressed.ids, finding) || (suppressed.buildChecks && isBuildCheck(finding.code));
  };
  return { rule: IGNORE_COMMENT_RULE, problems, suppresses };
}

/** Whether the ids include the finding's rule or the code it relays. */
function names(ids: ReadonlySet<string>, finding: Finding): boolean {
  return ids.has(finding.code) || (finding.externalCode !== undefined && ids.has(finding.externalCode));
}

/** The codes of every `# hadolint global ignore=` comment. */
function globalIgnores(comments: readonly Comment[]): Set<string> {
  const ids = new Set<string>();
  for (const comment of comments) {
    const list = HADOLINT_GLOBAL_IGNORE.exec(comment.text.trim())?.[1];
    if (list !== undefined) codesIn(list).forEach((code) => ids.add(findingCode(code)));
  }
  return ids;
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
  // hadolint's own comment: codes we have no check for are hadolint's business, not a mistake.
  const hadolint = HADOLINT_IGNORE.exec(text)?.[1];
  if (hadolint !== undefined) codesIn(hadolint).forEach((code) => into.ids.add(findingCode(code)));
  const ignore = IGNORE_COMMENT.exec(text);
  if (!ignore) return;
  const list = ignore[1]?.trim();
  if (list === undefined || list === '') {
    into.all = true;
    return;
  }
  for (const code of codesIn(list)) {
    if (isKnownCode(code)) into.ids.add(findingCode(code));
    else problems.push(unknownId(comment, code));
  }
}

/** `A, B,C` → `['A', 'B', 'C']`. */
function codesIn(list: string): string[] {
  return list
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

/** The unknown id reported on the comment, with a fix to the closest known id when one is close. */
function unknownId(comment: Comment, id: string): Report {
  if (HADOLINT_CODE.test(id)) return { range: comment.range, variant: 'hadolintOnly', data: { name: id } };
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
