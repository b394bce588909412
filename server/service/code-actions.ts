// Quick fixes: the rules' own fixes, and "disable this rule" through BuildKit's `# check=skip=` directive.
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver';
import type { Directive, Range } from '../../core/parser/ast';
import { rules, type Finding, type ValidateOptions } from '../../core/rules/index';
import { toDiagnostic } from './diagnostics';
import type { ParsedDocument } from './document';
import { message, toLocale } from './messages';
import { rangeAt, rangesIntersect } from './positions';

const buildChecks = new Set(rules.filter((rule) => rule.buildCheck).map((rule) => rule.id));

export function getCodeActions(document: ParsedDocument, range: Range, options: ValidateOptions = {}): CodeAction[] {
  const actions: CodeAction[] = [];
  const findings = document.findings(options).filter((finding) => rangesIntersect(finding.range, range));
  for (const finding of findings) {
    finding.fixes?.forEach((fix, i) => actions.push(action(document, finding, fix.title, fix.edits, i === 0)));
  }
  const skippable = new Set(findings.filter((f) => buildChecks.has(f.code)).map((f) => f.code));
  for (const code of skippable) {
    const finding = findings.find((f) => f.code === code);
    if (finding)
      actions.push(
        action(
          document,
          finding,
          message(toLocale(options.locale), 'disableRule', { code }),
          [skipEdit(document, code)],
          false,
        ),
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
): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(finding)],
    isPreferred,
    edit: { changes: { [document.uri]: edits } },
  };
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
