// Named things a user can point at: stages (`FROM … AS x`, `FROM x`, `--from=x`) and variables (ARG/ENV and `$X`).
import { isVariableName, parseArgWord } from '../../core/dockerfile/args';
import { stageReferences } from '../../core/dockerfile/stages';
import type { DockerfileAst, Instruction, Position, Range, Stage, Word } from '../../core/parser/ast';
import { comparePositions, rangeContains } from './positions';

export interface Occurrence {
  kind: 'stage' | 'variable';
  /** Stage names lower-cased (BuildKit compares them so); variable names as written. */
  name: string;
  range: Range;
  declaration: boolean;
  instruction: Instruction;
}

export interface VariableDefinition extends Occurrence {
  kind: 'variable';
  keyword: 'ARG' | 'ENV';
  /** The default (ARG) or value (ENV), raw; undefined for a bare `ARG NAME`. */
  value: string | undefined;
}

export function isVariableDefinition(occurrence: Occurrence): occurrence is VariableDefinition {
  return occurrence.kind === 'variable' && occurrence.declaration && 'keyword' in occurrence;
}

/** `ARG a=1 b` and `ENV a=1 b=2` / `ENV a 1`: the names they define, in order. */
export function variableDefinitions(instruction: Instruction): VariableDefinition[] {
  if (instruction.keyword === 'ARG') return instruction.args.flatMap((word) => argDefinition(instruction, word));
  if (instruction.keyword !== 'ENV') return [];
  const found: VariableDefinition[] = [];
  for (let i = 0; i < instruction.args.length; i += 2) {
    const key = instruction.args[i];
    if (key) found.push(definition(instruction, 'ENV', key.value, key.range, instruction.args[i + 1]?.value));
  }
  return found;
}

function argDefinition(instruction: Instruction, word: Word): VariableDefinition[] {
  const { name, rawDefault } = parseArgWord(word.value);
  if (!isVariableName(name)) return []; // `ARG a-b=1` declares a name no `$` reference can spell
  const start = word.range.start;
  const range = { start, end: { line: start.line, character: start.character + name.length } };
  return [definition(instruction, 'ARG', name, range, rawDefault)];
}

function definition(
  instruction: Instruction,
  keyword: 'ARG' | 'ENV',
  name: string,
  range: Range,
  value: string | undefined,
): VariableDefinition {
  return { kind: 'variable', name, range, declaration: true, instruction, keyword, value };
}

/** Every variable definition and `$X` reference in the file, in document order. */
function variableOccurrences(ast: DockerfileAst): Occurrence[] {
  const found: Occurrence[] = [];
  for (const instruction of ast.instructions) {
    found.push(...variableDefinitions(instruction));
    for (const ref of instruction.variables) {
      found.push({ kind: 'variable', name: ref.name, range: ref.nameRange, declaration: false, instruction });
    }
  }
  return found;
}

/** The stage a name refers to when written at `position` (only stages defined before it count). */
export function stageNamed(ast: DockerfileAst, name: string, position: Position): Stage | undefined {
  const wanted = name.toLowerCase();
  return ast.stages.find(
    (stage) => stage.name?.value === wanted && comparePositions(stage.from.range.start, position) < 0,
  );
}

/** Every stage declaration (`AS x`) and reference (`FROM x`, `--from=x`, `--mount=…,from=x`), in one pass. */
export function stageOccurrences(ast: DockerfileAst): Occurrence[] {
  const found: Occurrence[] = [];
  const earlier = new Set<string>();
  const addRef = (word: Word | undefined, instruction: Instruction): void => {
    const name = word?.value.toLowerCase();
    if (word && name && earlier.has(name)) found.push(stageOccurrence(name, word.range, false, instruction));
  };
  for (const stage of ast.stages) {
    addRef(stage.image, stage.from);
    for (const instruction of stage.instructions) {
      for (const ref of stageReferences(instruction)) addRef(ref, instruction);
    }
    if (stage.name) {
      found.push(stageOccurrence(stage.name.value, stage.name.range, true, stage.from));
      earlier.add(stage.name.value);
    }
  }
  return found;
}

function stageOccurrence(name: string, range: Range, declaration: boolean, instruction: Instruction): Occurrence {
  return { kind: 'stage', name, range, declaration, instruction };
}

const occurrencesByTree = new WeakMap<DockerfileAst, readonly Occurrence[]>();

/** Stage and variable names in one list, for lookups by position; gathered once per tree (hover, rename, references). */
export function allOccurrences(ast: DockerfileAst): readonly Occurrence[] {
  let found = occurrencesByTree.get(ast);
  if (!found) {
    found = [...stageOccurrences(ast), ...variableOccurrences(ast)];
    occurrencesByTree.set(ast, found);
  }
  return found;
}

export function occurrenceAt(ast: DockerfileAst, position: Position): Occurrence | undefined {
  return allOccurrences(ast).find((o) => rangeContains(o.range, position));
}
