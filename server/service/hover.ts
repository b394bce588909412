// Hover: our docs for instructions, flags and directives; definitions for variables and stages.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { directiveDoc, flagDoc, instructionDoc } from '../../core/dockerfile/instruction-docs';
import { PLATFORM_ARGS, PROXY_ARGS } from '../../core/dockerfile/builtins';
import { builderExpands, instructionSpec, instructionUrl } from '../../core/dockerfile/instructions';
import type { DockerfileAst, Flag, Instruction, Position, Range, Stage } from '../../core/parser/ast';
import { syntaxText } from '../../core/dockerfile/syntax-text';
import type { ParsedDocument } from './document';
import { message, type Locale } from './messages';
import { isVariableDefinition, occurrenceAt, stageNamed, type Occurrence, type VariableDefinition } from './names';
import { instructionAt, rangeContains } from './positions';
import { globalDefault, predefinedVariables, resolveVariable } from './scope';

export function getHover(document: ParsedDocument, position: Position, locale: Locale = 'en'): Hover | undefined {
  const { ast } = document;
  const directive = ast.directives.find((d) => rangeContains(d.range, position));
  if (directive) {
    const doc = directiveDoc(locale, directive.name);
    const title = message(locale, 'directive', { name: directive.name });
    return doc === undefined ? undefined : markdown(`${title}\n\n${doc}`, directive.range);
  }
  const instruction = instructionAt(ast, position);
  if (!instruction) return undefined;
  if (rangeContains(instruction.keywordRange, position)) return keywordHover(instruction, locale);
  const occurrence = occurrenceAt(ast, position);
  if (occurrence) return occurrenceHover(document, occurrence, locale);
  const flag = instruction.flags.find((f) => rangeContains(f.nameRange, position));
  return flag && flagHover(instruction.keyword, flag, locale);
}

function flagHover(keyword: string, flag: Flag, locale: Locale): Hover | undefined {
  const doc = flagDoc(locale, keyword, flag.name);
  const title = message(locale, 'flag', { name: flag.name });
  return doc === undefined ? undefined : markdown(`${title}\n\n${doc}`, flag.nameRange);
}

function keywordHover(instruction: Instruction, locale: Locale): Hover | undefined {
  const { keyword } = instruction;
  const spec = instructionSpec(keyword);
  const doc = instructionDoc(locale, keyword);
  if (!spec || !doc) return undefined;
  const link = `[${message(locale, 'docsLink', { keyword })}](${instructionUrl(keyword)})`;
  const text = `\`\`\`dockerfile\n${syntaxText(spec.syntax, locale)}\n\`\`\`\n${doc}\n\n${link}`;
  return markdown(text, instruction.keywordRange);
}

function occurrenceHover(document: ParsedDocument, occurrence: Occurrence, locale: Locale): Hover | undefined {
  const { ast } = document;
  if (occurrence.kind === 'stage') {
    const stage = occurrence.declaration
      ? ast.stages.find((s) => s.from === occurrence.instruction)
      : stageNamed(ast, occurrence.name, occurrence.range.start);
    return stage && markdown(stageText(stage, locale), occurrence.range);
  }
  const definition = isVariableDefinition(occurrence)
    ? occurrence
    : resolveVariable(ast, occurrence.name, occurrence.range.start);
  const text = definition ? variableText(document, definition, locale) : undefinedVariableText(ast, occurrence, locale);
  return markdown(text, occurrence.range);
}

function stageText(stage: Stage, locale: Locale): string {
  const data = { name: stage.name?.value ?? '', index: String(stage.index), image: stage.image?.value ?? '' };
  const title = message(locale, stage.name ? 'stage' : 'stageUnnamed', data);
  return `${title}\n\n${message(locale, 'stageLine', { line: String(stage.from.range.start.line + 1) })}`;
}

/**
 * A variable no ARG or ENV defines here. In RUN (and the other instructions the shell expands) it is not a build
 * variable at all, so it is not called undefined: UndefinedVar does not look there either.
 */
function undefinedVariableText(ast: DockerfileAst, { name, instruction, range }: Occurrence, locale: Locale): string {
  const predefinedHere = predefinedVariables(ast, range.start).includes(name);
  if (PLATFORM_ARGS.includes(name))
    return message(locale, predefinedHere ? 'variablePlatform' : 'variablePredefined', { name });
  if (PROXY_ARGS.includes(name)) return message(locale, 'variableProxy', { name });
  const { keyword } = instruction;
  if (!builderExpands(keyword)) return message(locale, 'variableShell', { name, keyword });
  return message(locale, 'variableUnknown', { name });
}

function variableText(document: ParsedDocument, definition: VariableDefinition, locale: Locale): string {
  const { name } = definition;
  const lines = [message(locale, definition.keyword === 'ARG' ? 'variableArg' : 'variableEnv', { name })];
  lines.push(valueLine(document.ast, definition, locale));
  const line = definition.instruction.range.start.line;
  lines.push(
    message(locale, 'variableDefinedAt', { line: String(line + 1), text: document.lines.lineText(line).trim() }),
  );
  return lines.join('\n\n');
}

function valueLine(ast: DockerfileAst, definition: VariableDefinition, locale: Locale): string {
  if (definition.keyword === 'ENV') return message(locale, 'variableValue', { value: definition.value ?? '' });
  const value = definition.value ?? globalDefault(ast, definition.name)?.value;
  return value === undefined
    ? message(locale, 'variableNoDefault', { name: definition.name })
    : message(locale, 'variableDefault', { value });
}

function markdown(value: string, range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}
