// Inlay hints: the value a `$VAR` stands for where the file (or the build arguments) says it, and the image behind a
// stage name used in `--from=` or `FROM`.
import type { InlayHint } from 'vscode-languageserver';
import type { DockerfileAst, Range, Stage, VariableRef } from '../../core/parser/ast';
import { baseStage } from '../../core/dockerfile/stages';
import type { ParsedDocument } from './document';
import { message, type Locale } from './messages';
import { stageNamed, stageNamesIn, type VariableDefinition } from './names';
import { nodesTouching, rangesIntersect } from './positions';
import { globalDefault, resolveVariable } from './scope';

/** Hints per request at most: editors ask for the visible lines, but a client may ask for a huge file at once. */
const MAX_HINTS = 1000;
/** Longer values are cut, so a hint never pushes the line far to the right. */
const MAX_LABEL = 40;

export function getInlayHints(
  document: ParsedDocument,
  range: Range,
  buildArgs: Readonly<Record<string, string>> = {},
  locale: Locale = 'en',
): InlayHint[] {
  const { ast } = document;
  const hints: InlayHint[] = [];
  for (const instruction of nodesTouching(ast.instructions, range)) {
    if (hints.length >= MAX_HINTS) break;
    for (const ref of [...instruction.variables, ...(instruction.trigger?.variables ?? [])]) {
      const found = variableHint(document, ref, buildArgs, locale);
      if (found) hints.push(found);
    }
  }
  for (const occurrence of stageNamesIn(ast, range)) {
    if (occurrence.declaration || !rangesIntersect(occurrence.range, range)) continue;
    const stage = stageNamed(ast, occurrence.name, occurrence.range.start);
    const image = stage && baseImage(ast, stage);
    if (image)
      hints.push(
        hint(
          occurrence.range.end,
          image,
          message(locale, 'stageLine', { line: String(stage.from.range.start.line + 1) }),
        ),
      );
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

function variableHint(
  document: ParsedDocument,
  ref: VariableRef,
  buildArgs: Readonly<Record<string, string>>,
  locale: Locale,
): InlayHint | undefined {
  const definition = resolveVariable(document.ast, ref.name, ref.range.start);
  const value = definition && knownValue(document.ast, definition, buildArgs);
  if (!definition || value === undefined) return undefined;
  const line = definition.instruction.range.start.line;
  const tooltip =
    definition.keyword === 'ARG' && buildArgs[definition.name] !== undefined
      ? `--build-arg ${definition.name}=${value}`
      : message(locale, 'variableDefinedAt', { line: String(line + 1), text: document.lines.lineText(line).trim() });
  return hint(ref.range.end, `= ${value}`, tooltip);
}

/** An ARG's build argument or default (a bare `ARG X` in a stage takes the global default); an ENV's value. */
function knownValue(
  ast: DockerfileAst,
  definition: VariableDefinition,
  buildArgs: Readonly<Record<string, string>>,
): string | undefined {
  if (definition.keyword === 'ENV') return definition.value;
  return buildArgs[definition.name] ?? definition.value ?? globalDefault(ast, definition.name)?.value;
}

/** The image each stage starts from, through stages built on stages (`FROM build AS test`), by stage index. */
const imagesByStages = new WeakMap<readonly Stage[], (string | undefined)[]>();

/** One pass over the stages per tree: a parent comes before its children, however long the chain. */
function baseImage(ast: DockerfileAst, stage: Stage): string | undefined {
  let images = imagesByStages.get(ast.stages);
  if (!images) {
    images = [];
    for (const each of ast.stages) {
      const parent = baseStage(ast, each);
      images.push(parent ? images[parent.index] : each.image?.value);
    }
    imagesByStages.set(ast.stages, images);
  }
  return images[stage.index];
}

function hint(position: Range['end'], label: string, tooltip: string): InlayHint {
  const shown = label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
  return { position, label: shown, paddingLeft: true, tooltip };
}
