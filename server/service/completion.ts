// Completion: instructions (snippets), directives at the top, flags per instruction, stage names, variables.
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type MarkupContent,
} from 'vscode-languageserver';
import { directiveDoc, flagDoc, instructionDoc } from '../../core/dockerfile/instruction-docs';
import { DIRECTIVES, instructionSpec, INSTRUCTIONS, type FlagSpec } from '../../core/dockerfile/instructions';
import type { DockerfileAst, Instruction, Position, Range } from '../../core/parser/ast';
import { syntaxText } from '../../core/dockerfile/syntax-text';
import type { ParsedDocument } from './document';
import type { Locale } from './messages';
import { comparePositions, instructionAt, rangeContains, rangeAt } from './positions';
import { predefinedVariables, visibleDefinitions } from './scope';

interface Context {
  document: ParsedDocument;
  position: Position;
  /** The line's text before the cursor. */
  prefix: string;
  instruction: Instruction | undefined;
  locale: Locale;
}

type Provider = (context: Context) => CompletionItem[] | undefined;

/** Tried in order; the first that recognises the cursor's context answers. */
const PROVIDERS: Provider[] = [inHeredoc, variables, stageFlagValues, flags, fromImage, fromAs, directives, keywords];

export function getCompletions(document: ParsedDocument, position: Position, locale: Locale = 'en'): CompletionItem[] {
  const prefix = document.lines.lineText(position.line).slice(0, position.character);
  const context: Context = { document, position, prefix, instruction: instructionAt(document.ast, position), locale };
  for (const provider of PROVIDERS) {
    const items = provider(context);
    if (items) return items;
  }
  return [];
}

function replacing(context: Context, typed: string, item: CompletionItem, newText: string): CompletionItem {
  const { line, character } = context.position;
  return { ...item, textEdit: { range: rangeAt(line, character - typed.length, character), newText } };
}

function inHeredoc({ instruction, position }: Context): CompletionItem[] | undefined {
  const inside = instruction?.heredocs.some(
    (h) => rangeContains(h.contentRange, position) || (h.terminatorRange && rangeContains(h.terminatorRange, position)),
  );
  return inside ? [] : undefined;
}

function variables(context: Context): CompletionItem[] | undefined {
  const match = /\$(\{?)([A-Za-z_][A-Za-z0-9_]*)?$/.exec(context.prefix);
  if (!match) return undefined;
  const typed = match[2] ?? '';
  const edit = variableEdit(context, typed, match[1] === '{');
  return variablesInScope(context).map(([name, detail], index) => ({
    label: name,
    kind: CompletionItemKind.Variable,
    detail,
    sortText: String(index).padStart(4, '0'),
    textEdit: { range: edit.range, newText: `${name}${edit.suffix}` },
  }));
}

/** Own variables in scope, nearest definition first, then the ones BuildKit predefines here: [name, ARG/ENV]. */
function variablesInScope({ document, position }: Context): [string, string][] {
  const names = new Map<string, string>();
  for (const definition of visibleDefinitions(document.ast, position).reverse())
    if (!names.has(definition.name)) names.set(definition.name, definition.keyword);
  for (const name of predefinedVariables(document.ast, position)) if (!names.has(name)) names.set(name, 'ARG');
  return [...names];
}

/**
 * What a variable item replaces: the typed part of the name and the rest of it after the cursor. After `${`, the
 * `}` the editor closed on its own is replaced too, so the item's own `}` does not double it; before a modifier
 * (`${NAME:-x}`) the item writes no brace.
 */
function variableEdit(context: Context, typed: string, braced: boolean): { range: Range; suffix: string } {
  const { line, character } = context.position;
  const after = /^([A-Za-z0-9_]*)([}:])?/.exec(context.document.lines.lineText(line).slice(character));
  const word = after?.[1] ?? '';
  const next = after?.[2];
  const replaced = braced && next === '}' ? word.length + 1 : word.length;
  const suffix = braced && next !== ':' ? '}' : '';
  return { range: rangeAt(line, character - typed.length, character + replaced), suffix };
}

function stageNamesBefore(ast: DockerfileAst, position: Position): string[] {
  return ast.stages
    .filter((s) => s.name && comparePositions(s.from.range.end, position) < 0)
    .map((s) => s.name?.value ?? '');
}

function stageItems(context: Context, typed: string): CompletionItem[] {
  return stageNamesBefore(context.document.ast, context.position).map((name) =>
    replacing(context, typed, { label: name, kind: CompletionItemKind.Module }, name),
  );
}

function stageFlagValues(context: Context): CompletionItem[] | undefined {
  const match = /(?:--from=|--mount=\S*\bfrom=)([\w.-]*)$/.exec(context.prefix);
  return match ? stageItems(context, match[1] ?? '') : undefined;
}

function flags(context: Context): CompletionItem[] | undefined {
  const match = /(?:^|\s)--([a-z-]*)$/.exec(context.prefix);
  const instruction = context.instruction;
  if (!match || !instruction) return undefined;
  const typed = `--${match[1] ?? ''}`;
  const present = new Set(instruction.flags.map((f) => f.name));
  const offered = (flag: FlagSpec): boolean => !present.has(flag.name) || flag.repeatable || typed === `--${flag.name}`;
  const specs = instructionSpec(instruction.keyword)?.flags.filter(offered) ?? [];
  return specs.map((flag) => {
    const item: CompletionItem = {
      label: `--${flag.name}`,
      kind: CompletionItemKind.Property,
      insertTextFormat: InsertTextFormat.Snippet,
      documentation: markdown(flagDoc(context.locale, instruction.keyword, flag.name)),
    };
    const text = flag.valueSnippet === undefined ? `--${flag.name}` : `--${flag.name}=${flag.valueSnippet}`;
    return replacing(context, typed, item, text);
  });
}

function fromImage(context: Context): CompletionItem[] | undefined {
  const match = /^\s*FROM\s+(?:--\S+\s+)*([\w.-]*)$/i.exec(context.prefix);
  return match ? stageItems(context, match[1] ?? '') : undefined;
}

function fromAs(context: Context): CompletionItem[] | undefined {
  const match = /^\s*FROM\s+(?:--\S+\s+)*\S+\s+(\w*)$/i.exec(context.prefix);
  if (!match) return undefined;
  const typed = match[1] ?? '';
  return /^a?s?$/i.test(typed)
    ? [replacing(context, typed, { label: 'AS', kind: CompletionItemKind.Keyword }, 'AS ')]
    : [];
}

function directives(context: Context): CompletionItem[] | undefined {
  const match = /^#\s*(\w*)$/.exec(context.prefix);
  if (!match) return undefined;
  const { ast } = context.document;
  const first = ast.instructions[0]?.range.start ?? { line: Infinity, character: 0 };
  const lastDirective = ast.directives.at(-1)?.range.start.line ?? -1;
  if (comparePositions(context.position, first) > 0 || context.position.line > lastDirective + 1) return [];
  const typed = match[1] ?? '';
  return DIRECTIVES.filter((spec) => !ast.directives.some((d) => d.name === spec.name)).map((spec) => {
    const item: CompletionItem = {
      label: spec.name,
      kind: CompletionItemKind.Keyword,
      insertTextFormat: InsertTextFormat.Snippet,
      documentation: markdown(directiveDoc(context.locale, spec.name)),
    };
    return replacing(context, typed, item, `${spec.name}=${spec.snippet}`);
  });
}

const NOT_IN_ONBUILD = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

function keywords(context: Context): CompletionItem[] | undefined {
  const onbuild = /^\s*ONBUILD\s+([A-Za-z]*)$/i.exec(context.prefix);
  const atStart = /^\s*([A-Za-z]*)$/.exec(context.prefix);
  const match = onbuild ?? atStart;
  const instruction = context.instruction;
  if (!match) return [];
  if (!onbuild && instruction && !rangeContains(instruction.keywordRange, context.position)) return [];
  const typed = match[1] ?? '';
  const specs = onbuild ? INSTRUCTIONS.filter((spec) => !NOT_IN_ONBUILD.has(spec.keyword)) : INSTRUCTIONS;
  return specs.map((spec) => {
    const item: CompletionItem = {
      label: spec.keyword,
      kind: CompletionItemKind.Keyword,
      insertTextFormat: InsertTextFormat.Snippet,
      detail: syntaxText(spec.syntax, context.locale),
      documentation: markdown(instructionDoc(context.locale, spec.keyword)),
    };
    return replacing(context, typed, item, spec.snippet);
  });
}

function markdown(value: string | undefined): MarkupContent | undefined {
  return value === undefined ? undefined : { kind: MarkupKind.Markdown, value };
}
