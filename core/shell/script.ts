// A snippet's commands and pipelines, read off the syntax tree: each command with its name and argument words
// (their literal values when they have no expansion), where it runs, and which here-documents it reads.
import type { SyntaxNode } from './syntax-node';
import { findSyntaxIssues } from './syntax-errors';
import type { ShellCommand, ShellScript, ShellWord } from './types';

/** Nodes whose commands run in a child shell or later, so their effects (a `cd`) stay there. */
const NESTING = new Set(['subshell', 'command_substitution', 'process_substitution', 'function_definition']);

interface Scope {
  nested: boolean;
  pipeline: number | undefined;
  heredocs: string[];
}

export function buildScript(root: SyntaxNode, text: string): ShellScript {
  const issues = findSyntaxIssues(root, text);
  const script: ShellScript = { commands: [], pipelines: [], syntaxError: issues.first, bashOnly: issues.bashOnly };
  walk(root, { nested: false, pipeline: undefined, heredocs: [] }, script, text);
  return script;
}

function walk(node: SyntaxNode, scope: Scope, script: ShellScript, text: string): void {
  switch (node.type) {
    case 'heredoc_body':
      return;
    case 'command':
      addCommand(node, scope, script, text);
      return;
    case 'pipeline':
      walkPipeline(node, scope, script, text);
      return;
    case 'redirected_statement': {
      const heredocs = node.children.filter((c) => c.type === 'heredoc_redirect').map((c) => delimiter(c, text));
      for (const child of node.children) {
        if (child.field === 'body') walkRedirected(child, heredocs, scope, script, text);
        else walk(child, { ...scope, pipeline: undefined }, script, text);
      }
      return;
    }
    default: {
      const inner: Scope = { nested: scope.nested || NESTING.has(node.type), pipeline: undefined, heredocs: [] };
      for (const child of node.children) walk(child, inner, script, text);
    }
  }
}

/**
 * The body of a statement with here-documents. tree-sitter-bash puts `a && b <<EOF` and `a | b <<EOF` under one
 * redirect of the whole list; the shell gives the here-document to the last command (`b`), which reads it.
 */
function walkRedirected(body: SyntaxNode, heredocs: string[], scope: Scope, script: ShellScript, text: string): void {
  if (body.type === 'command') return walk(body, { ...scope, heredocs }, script, text);
  const first = script.commands.length;
  walk(body, { ...scope, heredocs: [] }, script, text);
  const reader = lastCommand(body);
  const command = reader && script.commands.slice(first).find((c) => c.start === reader.start && c.end === reader.end);
  if (command) command.heredocs = heredocs;
}

/** The command that ends a list or pipeline (`b` of `a && b`), when a command does. */
function lastCommand(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === 'command') return node;
  if (node.type !== 'list' && node.type !== 'pipeline') return undefined;
  const last = node.children[node.children.length - 1];
  return last && lastCommand(last);
}

function walkPipeline(node: SyntaxNode, scope: Scope, script: ShellScript, text: string): void {
  const index = script.pipelines.length;
  const pipeline = { start: node.start, end: node.end, commands: [] as number[] };
  script.pipelines.push(pipeline);
  for (const child of node.children) {
    if (child.type === '|' || child.type === '|&') continue;
    const first = script.commands.length;
    walk(child, { ...scope, pipeline: index }, script, text);
    pipeline.commands.push(script.commands[first]?.pipeline === index ? first : -1);
  }
}

function addCommand(node: SyntaxNode, scope: Scope, script: ShellScript, text: string): void {
  const nameNode = node.children.find((c) => c.field === 'name');
  if (nameNode) {
    const command: ShellCommand = {
      name: word(nameNode, text),
      args: node.children.filter((c) => c.field === 'argument').map((c) => word(c, text)),
      start: node.start,
      end: node.end,
      nested: scope.nested,
      pipeline: scope.pipeline,
      heredocs: scope.heredocs,
    };
    script.commands.push(command);
  }
  // Commands inside the words (`$( … )`) run in a child shell.
  const inner: Scope = { nested: true, pipeline: undefined, heredocs: [] };
  for (const child of node.children) if (child.field === 'argument') walk(child, inner, script, text);
}

/** `<<-'EOF'` → `EOF`. */
function delimiter(redirect: SyntaxNode, text: string): string {
  const start = redirect.children.find((c) => c.type === 'heredoc_start');
  return start ? text.slice(start.start, start.end).replace(/["'\\]/g, '') : '';
}

function word(node: SyntaxNode, text: string): ShellWord {
  return { text: text.slice(node.start, node.end), value: literal(node, text), start: node.start, end: node.end };
}

/** The word's value after quote removal, when nothing in it is expanded. */
function literal(node: SyntaxNode, text: string): string | undefined {
  const written = text.slice(node.start, node.end);
  switch (node.type) {
    case 'word':
    case 'number':
      return written.replace(/\\(.)/gs, '$1');
    case 'raw_string':
      return written.slice(1, -1);
    case 'string':
      return node.children.every((c) => c.type === '"' || c.type === 'string_content')
        ? written.slice(1, -1).replace(/\\([$`"\\])/g, '$1')
        : undefined;
    case 'command_name':
    case 'concatenation': {
      let value = '';
      for (const part of node.children) {
        const piece = literal(part, text);
        if (piece === undefined) return undefined;
        value += piece;
      }
      return value;
    }
    default:
      return undefined;
  }
}
