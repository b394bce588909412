// Quick fixes: the rules' own fixes, "ignore this rule here" through a comment above the instruction (BuildKit's
// `# check=skip=` for its checks, `# dockerfile-studio ignore=` for ours), and "disable this rule" in the whole file
// through BuildKit's `# check=skip=` directive.
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver';
import type { Directive, Instruction, Range } from '../../core/parser/ast';
import { rules, type Finding } from '../../core/rules/index';
import { toDiagnostic, type DiagnosticOptions } from './diagnostics';
import type { ParsedDocument } from './document';
import { message, toLocale } from './messages';
import { rangeAt, rangesIntersect } from './positions';

const buildChecks = new Set(rules.filter((rule) => rule.buildCheck).map((rule) => rule.id));

export function getCodeActions(document: ParsedDocument, range: Range, options: DiagnosticOptions = {}): CodeAction[] {
  const actions: CodeAction[] = [];
  const findings = document.findings(options).filter((finding) => rangesIntersect(finding.range, range));
  for (const finding of findings) {
    finding.fixes?.forEach((fix, i) => actions.push(action(document, finding, fix.title, fix.edits, i === 0, options)));
  }
  const locale = toLocale(options.locale);
  for (const code of new Set(findings.map((f) => f.code))) {
    const finding = findings.find((f) => f.code === code);
    const ignore = finding && ignoreHereEdit(document, finding);
    if (finding && ignore) {
      const title = message(locale, 'ignoreHere', { code, comment: ignore.comment });
      actions.push(action(document, finding, title, [ignore.edit], false, options));
    }
  }
  const skippable = new Set(findings.filter((f) => buildChecks.has(f.code)).map((f) => f.code));
  for (const code of skippable) {
    const finding = findings.find((f) => f.code === code);
    if (finding)
      actions.push(
        action(document, finding, message(locale, 'disableRule', { code }), [skipEdit(document, code)], false, options),
      );
  }
  return actions;
}

function action(
  document: ParsedDocument,
  finding: Finding,
  title: string,
  edits: TextEdit[],
  isPreferred: boolean,
  options: DiagnosticOptions,
): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(finding, options.locale, options.docsRoot)],
    isPreferred,
    edit: { changes: { [document.uri]: edits } },
  };
}

/** A comment line above the finding's instruction that turns the rule off there, indented like the instruction. */
function ignoreHereEdit(document: ParsedDocument, finding: Finding): { comment: string; edit: TextEdit } | undefined {
  const line = finding.range.start.line;
  const instruction = document.ast.instructions.find(
    (candidate: Instruction) => candidate.range.start.line <= line && candidate.range.end.line >= line,
  );
  if (!instruction) return undefined;
  const comment = buildChecks.has(finding.code)
    ? `# check=skip=${finding.code}`
    : `# dockerfile-studio ignore=${finding.code}`;
  const newline = document.text.includes('\r\n') ? '\r\n' : '\n';
  const indent = ' '.repeat(instruction.range.start.character);
  const at = rangeAt(instruction.range.start.line, 0, 0);
  return { comment, edit: { range: at, newText: `${indent}${comment}${newline}` } };
}

/** Adds the rule to an existing `# check=` directive's skip list, or writes a new directive on the first line. */
function skipEdit(document: ParsedDocument, code: string): TextEdit {
  const check = document.ast.directives.find((d) => d.name === 'check');
  if (!check) {
    const newline = document.text.includes('\r\n') ? '\r\n' : '\n';
    return { range: rangeAt(0, 0, 0), newText: `# check=skip=${code}${newline}` };
  }
  return { range: check.valueRange, newText: withSkipped(check, code) };
}

function withSkipped(check: Directive, code: string): string {
  const parts = check.value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const skipAt = parts.findIndex((part) => part.startsWith('skip='));
  const skip = parts[skipAt];
  if (skip === undefined) return [...parts, `skip=${code}`].join(';');
  parts[skipAt] = skip === 'skip=' ? `skip=${code}` : `${skip},${code}`;
  return parts.join(';');
}
