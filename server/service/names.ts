// Named things a user can point at: stages (`FROM … AS x`, `FROM x`, `--from=x`) and variables (ARG/ENV and `$X`).
import { isVariableName, parseArgWord } from '../../core/dockerfile/args';
import { stageIndexNamed, stageReferences } from '../../core/dockerfile/stages';
import type { DockerfileAst, Instruction, Position, Range, Stage, Word } from '../../core/parser/ast';
import { comparePositions, findContaining, nodesTouching, rangeContains, stageBefore } from './positions';
import { eachInSteps, runSteps, type Steps } from './steps';

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

function variableOccurrencesIn(instruction: Instruction): Occurrence[] {
  const found: Occurrence[] = variableDefinitions(instruction);
  for (const ref of instruction.variables)
    found.push({ kind: 'variable', name: ref.name, range: ref.nameRange, declaration: false, instruction });
  return found;
}

/**
 * The stage a name refers to when written at `position`: the first stage of that name, when it starts before (a
 * later one of the same name never counts). Looked up by name, as a many-stage file asks once per stage.
 */
export function stageNamed(ast: DockerfileAst, name: string, position: Position): Stage | undefined {
  const stage = ast.stages[stageIndexNamed(ast, name)];
  return stage && comparePositions(stage.from.range.start, position) < 0 ? stage : undefined;
}

/** The stage names an instruction of `stage` declares or refers to (a reference names a stage declared before). */
function stageOccurrencesIn(ast: DockerfileAst, stage: Stage, instruction: Instruction): Occurrence[] {
  const found: Occurrence[] = [];
  const addRef = (word: Word | undefined): void => {
    const name = word?.value.toLowerCase();
    const named = name ? stageIndexNamed(ast, name) : -1;
    if (word && name && named >= 0 && named < stage.index)
      found.push(stageOccurrence(name, word.range, false, instruction));
  };
  if (instruction === stage.from) addRef(stage.image);
  for (const ref of stageReferences(instruction)) addRef(ref);
  if (instruction === stage.from && stage.name)
    found.push(stageOccurrence(stage.name.value, stage.name.range, true, stage.from));
  return found;
}

/** The stage names in the instructions touching `range` (all without one), found by position: cheap anywhere. */
export function stageNamesIn(ast: DockerfileAst, range: Range | undefined): Occurrence[] {
  return nodesTouching(ast.stages, range).flatMap((stage) =>
    nodesTouching(stage.instructions, range).flatMap((instruction) => stageOccurrencesIn(ast, stage, instruction)),
  );
}

function stageOccurrence(name: string, range: Range, declaration: boolean, instruction: Instruction): Occurrence {
  return { kind: 'stage', name, range, declaration, instruction };
}

const occurrencesByTree = new WeakMap<DockerfileAst, readonly Occurrence[]>();

/** Stage and variable names in one list, for lookups by name; gathered once per tree (references, rename). */
export function allOccurrences(ast: DockerfileAst): readonly Occurrence[] {
  return runSteps(allOccurrencesInSteps(ast));
}

/** `allOccurrences` in steps of a few thousand instructions, for a document too large to go through in one go. */
export function* allOccurrencesInSteps(ast: DockerfileAst): Steps<readonly Occurrence[]> {
  const known = occurrencesByTree.get(ast);
  if (known) return known;
  const found: Occurrence[] = [];
  yield* eachInSteps(stageInstructions(ast), ([stage, instruction]) =>
    found.push(...stageOccurrencesIn(ast, stage, instruction)),
  );
  yield* eachInSteps(ast.instructions, (instruction) => found.push(...variableOccurrencesIn(instruction)));
  occurrencesByTree.set(ast, found);
  return found;
}

function* stageInstructions(ast: DockerfileAst): Iterable<[Stage, Instruction]> {
  for (const stage of ast.stages) for (const instruction of stage.instructions) yield [stage, instruction];
}

/** The name at `position`, looked for in its instruction alone: as quick in a huge file as in a small one. */
export function occurrenceAt(ast: DockerfileAst, position: Position): Occurrence | undefined {
  const instruction = findContaining(ast.instructions, position);
  if (!instruction) return undefined;
  const stage = stageBefore(ast, instruction.range.start);
  const stageNames = stage ? stageOccurrencesIn(ast, stage, instruction) : [];
  return [...stageNames, ...variableOccurrencesIn(instruction)].find((o) => rangeContains(o.range, position));
}
