// Which ARG/ENV definition a variable means at a position, following BuildKit's scoping:
// global ARGs (before the first FROM) serve FROM lines and stages that redeclare them; ENV passes to child stages.
import type { DockerfileAst, Instruction, Position, Stage } from '../../core/parser/ast';
import { PLATFORM_ARGS, PROXY_ARGS } from '../../core/dockerfile/builtins';
import { baseStage, preambleOf } from '../../core/dockerfile/stages';
import { variableDefinitions, type VariableDefinition } from './names';
import { comparePositions, findContaining, stageBefore } from './positions';

function definitionsIn(instructions: readonly Instruction[], before: Position | undefined): VariableDefinition[] {
  const found: VariableDefinition[] = [];
  for (const instruction of instructions) {
    if (before && comparePositions(instruction.range.start, before) >= 0) break;
    found.push(...variableDefinitions(instruction));
  }
  return found;
}

/** Definitions visible at a position, nearest last: global ARGs, then parent stages' ENV, then this stage's. */
export function visibleDefinitions(ast: DockerfileAst, position: Position): VariableDefinition[] {
  // An instruction does not see its own definitions: in `ENV PATH=/x:$PATH` the reference is the earlier PATH.
  const cutoff = findContaining(ast.instructions, position)?.range.start ?? position;
  const globals = definitionsIn(preambleOf(ast), cutoff);
  const stage = stageAt(ast, position);
  if (!stage) return globals;
  const own = definitionsIn(stage.instructions, cutoff);
  const inherited = parentEnv(ast, stage);
  const redeclared = new Set(own.filter((d) => d.keyword === 'ARG').map((d) => d.name));
  return [...globals.filter((d) => redeclared.has(d.name)), ...inherited, ...own];
}

/** The stage whose body holds `position`; undefined in the global scope (before the first FROM, or on a FROM line). */
function stageAt(ast: DockerfileAst, position: Position): Stage | undefined {
  const stage = stageBefore(ast, position);
  return stage && comparePositions(position, stage.from.range.end) > 0 ? stage : undefined;
}

/**
 * Variables BuildKit provides at `position` without a declaration: the platform ARGs in the global scope, the proxy
 * ARGs in a stage (where a platform ARG needs its own `ARG NAME`, or it expands to nothing).
 */
export function predefinedVariables(ast: DockerfileAst, position: Position): readonly string[] {
  return stageAt(ast, position) ? PROXY_ARGS : PLATFORM_ARGS;
}

/** The ENV definitions of the stages `stage` builds on, farthest first. */
function parentEnv(ast: DockerfileAst, stage: Stage): VariableDefinition[] {
  return [...ancestors(ast, stage)].reverse().flatMap(envDefinitions);
}

/** The stages `stage` builds on, nearest first: a loop, as a chain may be any length. */
function* ancestors(ast: DockerfileAst, stage: Stage): Iterable<Stage> {
  for (let parent = baseStage(ast, stage); parent; parent = baseStage(ast, parent)) yield parent;
}

function envDefinitions(stage: Stage): VariableDefinition[] {
  return definitionsIn(stage.instructions, undefined).filter((d) => d.keyword === 'ENV');
}

/**
 * The definition `name` resolves to at `position`, or undefined (e.g. a predefined or unset variable): the nearest
 * one, looked for outwards (this stage, then the stages it builds on, then the global scope) and no further than found.
 */
export function resolveVariable(ast: DockerfileAst, name: string, position: Position): VariableDefinition | undefined {
  const cutoff = findContaining(ast.instructions, position)?.range.start ?? position;
  const stage = stageAt(ast, position);
  // In a stage, a global ARG counts only once redeclared, and then the stage's own ARG is the nearer definition.
  if (!stage) return lastNamed(definitionsIn(preambleOf(ast), cutoff), name);
  const own = lastNamed(definitionsIn(stage.instructions, cutoff), name);
  if (own) return own;
  for (const parent of ancestors(ast, stage)) {
    const env = stageEnv(parent).get(name);
    if (env) return env;
  }
  return undefined;
}

function lastNamed(definitions: readonly VariableDefinition[], name: string): VariableDefinition | undefined {
  for (let i = definitions.length - 1; i >= 0; i--) if (definitions[i]?.name === name) return definitions[i];
  return undefined;
}

const envByStage = new WeakMap<Stage, Map<string, VariableDefinition>>();

/** A stage's ENV definitions by name, the last of each: what a child stage inherits. Built once per stage. */
function stageEnv(stage: Stage): Map<string, VariableDefinition> {
  let env = envByStage.get(stage);
  if (!env) envByStage.set(stage, (env = new Map(envDefinitions(stage).map((d) => [d.name, d]))));
  return env;
}

/** For a bare `ARG NAME` inside a stage: the global ARG that gives it its default. */
export function globalDefault(ast: DockerfileAst, name: string): VariableDefinition | undefined {
  return definitionsIn(preambleOf(ast), undefined).find((d) => d.name === name && d.value !== undefined);
}
