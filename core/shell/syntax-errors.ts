// Syntax errors in the tree, worded as a shell would meet them: the first construct left open, the first token out
// of place, and the bash-only constructs a POSIX /bin/sh refuses to parse.
import { firstToken, type SyntaxNode } from './syntax-node';
import type { ShellSyntaxIssue } from './types';

/** What closes each construct the parser can leave open. */
const CLOSERS: Record<string, string> = {
  if: 'fi',
  for: 'done',
  while: 'done',
  until: 'done',
  select: 'done',
  case: 'esac',
  '{': '}',
  '(': ')',
  '$(': ')',
  '${': '}',
  '[[': ']]',
  '"': '"',
  "'": "'",
  '`': '`',
};

/** Words that close or continue a construct, so a command cannot start with them (dash: `"fi" unexpected`). */
const RESERVED = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', 'in']);
const CASE_TERMINATORS = new Set([';;', ';&', ';;&']);
const OPERATORS = new Set(['|', '|&', '&&', '||']);

/**
 * Constructs bash parses and POSIX shells refuse at parse time (checked with dash 0.5.12 and busybox ash).
 * `ash` marks those busybox ash (Alpine's /bin/sh) accepts.
 */
const BASH_ONLY: Record<string, { feature: string; ash: boolean }> = {
  array: { feature: 'arrays', ash: false },
  herestring_redirect: { feature: '<<<', ash: false },
  c_style_for_statement: { feature: 'for ((…))', ash: false },
  process_substitution: { feature: '<(…)', ash: true },
};

export interface SyntaxIssues {
  first: ShellSyntaxIssue | undefined;
  bashOnly: ShellSyntaxIssue[];
  /** tree-sitter-bash met a here-document it cannot read (`<<EOF cmd`, a body-less `cat<<EOF`): no error is told. */
  unsure: boolean;
}

export function findSyntaxIssues(root: SyntaxNode, text: string): SyntaxIssues {
  const found: SyntaxIssues = { first: undefined, bashOnly: [], unsure: false };
  visit(root, [], text, found);
  if (found.unsure) found.first = undefined;
  return found;
}

function visit(node: SyntaxNode, ancestors: SyntaxNode[], text: string, found: SyntaxIssues): void {
  const bash = bashOnlyIssue(node, text);
  if (bash) found.bashOnly.push(bash);
  if (node.type === 'ERROR' && text.startsWith('<<', firstToken(node).start)) found.unsure = true;
  if (!found.first) {
    const issue = issueAt(node, ancestors, text);
    if (issue) {
      found.first = issue;
      if (node.type === 'ERROR') return;
    }
  }
  if (node.type === 'ERROR' && isArithmetic(node, text)) return;
  ancestors.push(node);
  for (const child of node.children) visit(child, ancestors, text, found);
  ancestors.pop();
}

function issueAt(node: SyntaxNode, ancestors: SyntaxNode[], text: string): ShellSyntaxIssue | undefined {
  if (node.type === 'ERROR') return isArithmetic(node, text) ? undefined : errorIssue(node, text);
  if (node.missing) return missingIssue(node, ancestors, text);
  if (node.type === 'command') {
    const name = node.children.find((child) => child.field === 'name');
    const word = name && text.slice(name.start, name.end);
    if (name && word && RESERVED.has(word)) return unexpected(name, word);
  }
  const parent = ancestors[ancestors.length - 1];
  if (CASE_TERMINATORS.has(node.type) && parent?.type !== 'case_item' && parent?.type !== 'case_statement') {
    return unexpected(node, node.type);
  }
  return undefined;
}

/** tree-sitter-bash's arithmetic grammar is looser than bash's; its errors there are not reported. */
function isArithmetic(node: SyntaxNode, text: string): boolean {
  const token = firstToken(node);
  return /^\$?\(\(|^\$\[/.test(text.slice(token.start, token.end));
}

/** An ERROR node: the construct it leaves open (a token whose closer never follows), else its first token. */
function errorIssue(node: SyntaxNode, text: string): ShellSyntaxIssue {
  const tokens = node.children.filter((child) => child.children.length === 0 || child.type === 'ERROR');
  for (const token of tokens) {
    const written = text.slice(token.start, token.end);
    const opener = /^["'`]/.exec(written)?.[0] ?? written;
    const closer = Object.hasOwn(CLOSERS, opener) ? CLOSERS[opener] : undefined;
    const closed = tokens.some((later) => later.start > token.start && text.slice(later.start, later.end) === closer);
    if (closer && !closed) return issue('unclosed', token.start, token.start + opener.length, { opener, closer });
  }
  const first = firstToken(node);
  return unexpected(first, text.slice(first.start, first.end));
}

function missingIssue(node: SyntaxNode, ancestors: SyntaxNode[], text: string): ShellSyntaxIssue | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const parent = ancestors[i] as SyntaxNode;
    const child = i + 1 < ancestors.length ? (ancestors[i + 1] as SyntaxNode) : node;
    const before = parent.children[parent.children.indexOf(child) - 1];
    if (before && OPERATORS.has(before.type)) {
      return issue('missingCommand', before.start, before.end, { operator: before.type });
    }
    const opener = parent.children[0];
    const openerText = opener && text.slice(opener.start, opener.end);
    if (opener && openerText && CLOSERS[openerText] === node.type) {
      return issue('unclosed', opener.start, opener.end, { opener: openerText, closer: node.type });
    }
  }
  return issue('unexpected', node.start, node.end, { token: node.type });
}

function bashOnlyIssue(node: SyntaxNode, text: string): ShellSyntaxIssue | undefined {
  if (node.type === 'function_definition' && text.startsWith('function', node.start)) {
    return issue('bashOnly', node.start, node.start + 'function'.length, { feature: 'function', ash: 'true' });
  }
  if (node.type === 'for_statement' && text.startsWith('select', node.start)) {
    return issue('bashOnly', node.start, node.start + 'select'.length, { feature: 'select', ash: 'false' });
  }
  const kind = Object.hasOwn(BASH_ONLY, node.type) ? BASH_ONLY[node.type] : undefined;
  if (!kind) return undefined;
  const token = node.type === 'herestring_redirect' ? (node.children[0] ?? node) : node;
  return issue('bashOnly', token.start, token.end, { feature: kind.feature, ash: String(kind.ash) });
}

function unexpected(node: SyntaxNode, written: string): ShellSyntaxIssue {
  const token = written.trim() || node.type;
  const shown = token.length > 20 ? `${token.slice(0, 20)}…` : token;
  return issue('unexpected', node.start, node.end, { token: shown });
}

function issue(kind: ShellSyntaxIssue['kind'], start: number, end: number, data: Record<string, string>) {
  return { kind, start, end, data };
}
